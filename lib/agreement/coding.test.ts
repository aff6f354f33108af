import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { codingAgreement, type CodingInput } from "./coding";

/** Codings from "coder: unit element element; unit element" lines. */
function codings(lines: Record<string, string>): CodingInput["codings"] {
  return Object.entries(lines).flatMap(([coder, text]) =>
    text
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .flatMap(([unit, ...elements]) => elements.map((element) => ({ coder, unit: unit!, element }))),
  );
}

const close = (actual: number | null, expected: number) => {
  assert.notEqual(actual, null);
  assert.ok(Math.abs(actual! - expected) < 1e-12, `${actual} is not ${expected}`);
};

/**
 * Two coders, five provisions, two elements. Ben never coded u3 and Ana never coded u4: both count
 * as "no element there".
 *
 *            violence      political
 *   unit    ana  ben      ana  ben
 *   u1       1    1        1    0
 *   u2       1    1        0    1
 *   u3       1    0        0    0
 *   u4       0    1        0    0
 *   u5       1    1        1    1
 *
 * violence: pairs (1,1) (1,1) (1,0) (0,1) (1,1); n = 10, n_1 = 8, n_0 = 2, 4 mismatches:
 *   alpha = 1 - 9 * 4 / (100 - 64 - 4) = 1 - 36/32 = -0.125;
 *   kappa: p_o = 3/5, both say yes 4/5: p_e = 16/25 + 1/25 = 17/25; kappa = (15 - 17) / (25 - 17) = -0.25.
 * political: pairs (1,0) (0,1) (0,0) (0,0) (1,1); n_1 = 4, n_0 = 6, 4 mismatches:
 *   alpha = 1 - 9 * 4 / (100 - 16 - 36) = 1 - 36/48 = 0.25;
 *   kappa: p_o = 3/5, both yes 2/5: p_e = 4/25 + 9/25 = 13/25; kappa = (15 - 13) / (25 - 13) = 1/6.
 * overall (10 pairs): n = 20, n_1 = 12, n_0 = 8, 8 mismatches:
 *   alpha = 1 - 19 * 8 / (400 - 144 - 64) = 1 - 152/192 = 5/24;
 *   kappa: p_o = 6/10, both yes 6/10: p_e = 0.36 + 0.16 = 0.52; kappa = 0.08 / 0.48 = 1/6.
 * Disagreements (all 1 of 2: split 0.5), in unit order: u1 political, u2 political, u3 violence, u4 violence.
 */
const twoCoders: CodingInput = {
  coders: ["ana", "ben"],
  units: ["u1", "u2", "u3", "u4", "u5"],
  elements: ["violence", "political"],
  codings: codings({
    ana: "u1 violence political; u2 violence; u3 violence; u5 violence political",
    ben: "u1 violence; u2 violence political; u4 violence; u5 political violence",
  }),
};

/**
 * Four coders, two provisions in text order (art_2 before art_10), three elements in codebook
 * order. Coder d never coded art_2; coder b never coded art_10.
 *
 *                 violence        political       fear
 *   unit        a  b  c  d      a  b  c  d      a  b  c  d
 *   art_2       1  1  1  0      1  1  0  0      1  0  1  0
 *   art_10      1  0  1  1      0  0  1  1      0  0  0  0
 *
 * violence: each unit 3 against 1: mismatches (16 - 10)/3 = 2 per unit, 4 in all; n = 8, n_1 = 6,
 *   n_0 = 2: alpha = 1 - 7 * 4 / (64 - 36 - 4) = 1 - 28/24 = -1/6.
 * political: each unit 2 against 2: mismatches (16 - 8)/3 = 8/3 per unit, 16/3 in all; n_1 = n_0 = 4:
 *   alpha = 1 - 7 * (16/3) / (64 - 16 - 16) = 1 - 112/96 = -1/6.
 * fear: art_2 2 against 2 (8/3), art_10 all 0 (0); n_1 = 2, n_0 = 6:
 *   alpha = 1 - 7 * (8/3) / (64 - 4 - 36) = 1 - 56/72 = 2/9.
 * overall (6 pairs): mismatches 4 + 16/3 + 8/3 = 12; n = 24, n_1 = n_0 = 12:
 *   alpha = 1 - 23 * 12 / (576 - 144 - 144) = 1 - 276/288 = 1/24.
 * Disagreements: split 2/4 = 0.5 for art_2 political, art_2 fear, art_10 political; 1/4 = 0.25 for
 * art_2 violence, art_10 violence.
 */
const fourCoders: CodingInput = {
  coders: ["a", "b", "c", "d"],
  units: ["art_2", "art_10"],
  elements: ["violence", "political", "fear"],
  codings: codings({
    a: "art_2 violence political fear; art_10 violence",
    b: "art_2 violence political",
    c: "art_2 violence fear; art_10 violence political",
    d: "art_10 violence political",
  }),
};

describe("codingAgreement with two coders", () => {
  const result = codingAgreement(twoCoders);

  test("alpha and kappa per element", () => {
    assert.deepEqual(
      result.perElement.map((e) => [e.element, e.units, e.coders]),
      [
        ["violence", 5, 2],
        ["political", 5, 2],
      ],
    );
    close(result.perElement[0]!.alpha, -0.125);
    close(result.perElement[0]!.kappa, -0.25);
    close(result.perElement[1]!.alpha, 0.25);
    close(result.perElement[1]!.kappa, 1 / 6);
  });

  test("overall over all (unit, element) pairs", () => {
    close(result.overall.alpha, 5 / 24);
    close(result.overall.kappa, 1 / 6);
    assert.equal(result.overall.units, 10);
    assert.equal(result.overall.coders, 2);
  });

  test("disagreements, each a one-against-one split, in unit order", () => {
    assert.deepEqual(result.disagreements, [
      { unit: "u1", element: "political", applied: ["ana"], notApplied: ["ben"], split: 0.5 },
      { unit: "u2", element: "political", applied: ["ben"], notApplied: ["ana"], split: 0.5 },
      { unit: "u3", element: "violence", applied: ["ana"], notApplied: ["ben"], split: 0.5 },
      { unit: "u4", element: "violence", applied: ["ben"], notApplied: ["ana"], split: 0.5 },
    ]);
  });

  test("a unit never coded counts as 'no element', not as missing", () => {
    // Were u3 missing for ben and u4 for ana, violence would be (1,1) (1,1) (1,1): no variation.
    assert.notEqual(result.perElement[0]!.alpha, null);
    assert.equal(result.disagreements.filter((d) => d.element === "violence").length, 2);
  });

  test("a coding repeated counts once", () => {
    const repeated = codingAgreement({ ...twoCoders, codings: [...twoCoders.codings, ...twoCoders.codings.slice(0, 3)] });
    assert.deepEqual(repeated, result);
  });

  test("an element nobody applied: alpha and kappa null, and it raises the overall alpha", () => {
    const withFear = codingAgreement({ ...twoCoders, elements: ["violence", "political", "fear"] });
    assert.deepEqual(withFear.perElement[2], { element: "fear", alpha: null, kappa: null, units: 5, coders: 2 });
    // Five more (0, 0) pairs: n = 30, n_1 = 12, n_0 = 18, still 8 mismatches:
    // alpha = 1 - 29 * 8 / (900 - 144 - 324) = 1 - 232/432 = 25/54; kappa: p_o = 11/15,
    // both yes 6/15: p_e = (36 + 81)/225; kappa = (165 - 117) / (225 - 117) = 4/9.
    close(withFear.overall.alpha, 25 / 54);
    close(withFear.overall.kappa, 4 / 9);
    assert.equal(withFear.overall.units, 15);
    assert.deepEqual(withFear.disagreements, result.disagreements);
  });

  test("perfect agreement on an element gives 1", () => {
    const same = codingAgreement({ coders: ["ana", "ben"], units: ["u1", "u2"], elements: ["violence"], codings: codings({ ana: "u1 violence", ben: "u1 violence" }) });
    assert.deepEqual(same.perElement, [{ element: "violence", alpha: 1, kappa: 1, units: 2, coders: 2 }]);
    assert.deepEqual(same.disagreements, []);
  });
});

describe("codingAgreement with four coders", () => {
  const result = codingAgreement(fourCoders);

  test("alpha per element; kappa only exists for two coders", () => {
    close(result.perElement[0]!.alpha, -1 / 6);
    close(result.perElement[1]!.alpha, -1 / 6);
    close(result.perElement[2]!.alpha, 2 / 9);
    assert.deepEqual(
      result.perElement.map((e) => [e.element, e.kappa, e.units, e.coders]),
      [
        ["violence", null, 2, 4],
        ["political", null, 2, 4],
        ["fear", null, 2, 4],
      ],
    );
  });

  test("overall", () => {
    close(result.overall.alpha, 1 / 24);
    assert.equal(result.overall.kappa, null);
    assert.equal(result.overall.units, 6);
  });

  test("disagreements: even splits first, then text order of units, then codebook order of elements", () => {
    assert.deepEqual(result.disagreements, [
      { unit: "art_2", element: "political", applied: ["a", "b"], notApplied: ["c", "d"], split: 0.5 },
      { unit: "art_2", element: "fear", applied: ["a", "c"], notApplied: ["b", "d"], split: 0.5 },
      { unit: "art_10", element: "political", applied: ["c", "d"], notApplied: ["a", "b"], split: 0.5 },
      { unit: "art_2", element: "violence", applied: ["a", "b", "c"], notApplied: ["d"], split: 0.25 },
      { unit: "art_10", element: "violence", applied: ["a", "c", "d"], notApplied: ["b"], split: 0.25 },
    ]);
  });
});

describe("codingAgreement, bad input", () => {
  test("fewer than two coders", () => {
    assert.throws(() => codingAgreement({ ...twoCoders, coders: ["ana"], codings: [] }), { name: "RangeError", message: /at least two coders; got 1/ });
  });

  test("a coding by someone, of something or with an element not listed", () => {
    assert.throws(() => codingAgreement({ ...twoCoders, codings: [{ coder: "cy", unit: "u1", element: "violence" }] }), { name: "RangeError", message: /"cy", who is not among the coders/ });
    assert.throws(() => codingAgreement({ ...twoCoders, codings: [{ coder: "ana", unit: "u9", element: "violence" }] }), { name: "RangeError", message: /unit "u9"/ });
    assert.throws(() => codingAgreement({ ...twoCoders, codings: [{ coder: "ana", unit: "u1", element: "fear" }] }), { name: "RangeError", message: /element "fear", which is not in the codebook/ });
  });

  test("a name listed twice or empty", () => {
    assert.throws(() => codingAgreement({ ...twoCoders, units: ["u1", "u1"] }), { name: "RangeError", message: /Unit "u1" is listed twice/ });
    assert.throws(() => codingAgreement({ ...twoCoders, coders: ["ana", ""] }), { name: "RangeError", message: /Coder 2 must be a non-empty string/ });
    assert.throws(() => codingAgreement({ ...twoCoders, elements: "violence" as never }), { name: "RangeError", message: "The elements must be an array of names" });
  });

  test("no units or no elements: nothing to measure, no error", () => {
    const empty = codingAgreement({ coders: ["ana", "ben"], units: [], elements: ["violence"], codings: [] });
    assert.deepEqual(empty, {
      perElement: [{ element: "violence", alpha: null, kappa: null, units: 0, coders: 2 }],
      overall: { alpha: null, kappa: null, units: 0, coders: 2 },
      disagreements: [],
    });
  });
});
