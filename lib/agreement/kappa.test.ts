import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { cohenKappa } from "./kappa";

/** Two coders' yes/no answers from the four cells of a 2 × 2 table. */
function fromTable(bothYes: number, aYesBNo: number, aNoBYes: number, bothNo: number): { a: string[]; b: string[] } {
  const a: string[] = [];
  const b: string[] = [];
  const add = (count: number, x: string, y: string) => {
    for (let i = 0; i < count; i++) {
      a.push(x);
      b.push(y);
    }
  };
  add(bothYes, "yes", "yes");
  add(aYesBNo, "yes", "no");
  add(aNoBYes, "no", "yes");
  add(bothNo, "no", "no");
  return { a, b };
}

const close = (actual: number | null, expected: number) => {
  assert.notEqual(actual, null);
  assert.ok(Math.abs(actual! - expected) < 1e-12, `${actual} is not ${expected}`);
};

describe("cohenKappa, published examples (Wikipedia, 'Cohen's kappa')", () => {
  test("the 50 grant proposals: 20 both yes, 5 A yes / B no, 10 A no / B yes, 15 both no -> kappa = 0.4", () => {
    // p_o = 35/50 = 0.7; A says yes 25/50, B 30/50: p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5; kappa = 0.2/0.5.
    const { a, b } = fromTable(20, 5, 10, 15);
    assert.deepEqual(cohenKappa(a, b), { kappa: 0.4, n: 50, observed: 0.7, expected: 0.5 });
  });

  test("same agreement, different marginals: 45/15/25/15 -> 0.1304 and 25/35/5/35 -> 0.2593", () => {
    // Both tables have p_o = 0.60; p_e = 0.54 and 0.46 respectively.
    const first = fromTable(45, 15, 25, 15);
    const second = fromTable(25, 35, 5, 35);
    assert.equal(cohenKappa(first.a, first.b).kappa!.toFixed(4), "0.1304");
    close(cohenKappa(first.a, first.b).kappa, 0.06 / 0.46);
    assert.equal(cohenKappa(second.a, second.b).kappa!.toFixed(4), "0.2593");
    close(cohenKappa(second.a, second.b).kappa, 0.14 / 0.54);
  });
});

describe("cohenKappa, by hand", () => {
  test("perfect agreement over two categories is 1", () => {
    assert.deepEqual(cohenKappa(["a", "b", "a"], ["a", "b", "a"]), { kappa: 1, n: 3, observed: 1, expected: 5 / 9 });
  });

  test("three categories", () => {
    // A: a a b c c, B: a b b c a. Agree on items 1, 3, 4: p_o = 3/5.
    // A: a 2, b 1, c 2; B: a 2, b 2, c 1: chance = 2*2 + 1*2 + 2*1 = 8 of 25; kappa = (15 - 8) / (25 - 8) = 7/17.
    const result = cohenKappa(["a", "a", "b", "c", "c"], ["a", "b", "b", "c", "a"]);
    close(result.kappa, 7 / 17);
    assert.equal(result.observed, 0.6);
    assert.equal(result.expected, 8 / 25);
  });

  test("complete disagreement on two balanced categories is -1", () => {
    assert.equal(cohenKappa([0, 1, 0, 1], [1, 0, 1, 0]).kappa, -1);
  });

  test("both coders use the same single category: expected agreement is 1, kappa null", () => {
    assert.deepEqual(cohenKappa(["yes", "yes"], ["yes", "yes"]), { kappa: null, n: 2, observed: 1, expected: 1 });
  });

  test("one coder uses a single category, the other does not: kappa is 0, not null", () => {
    // p_o = 1/2, p_e = 1 * 1/2 = 1/2.
    assert.deepEqual(cohenKappa(["yes", "yes"], ["yes", "no"]), { kappa: 0, n: 2, observed: 0.5, expected: 0.5 });
  });

  test("1 and '1' are different categories", () => {
    assert.equal(cohenKappa([1, "1"], ["1", 1]).observed, 0);
  });
});

describe("cohenKappa, bad input", () => {
  test("different lengths", () => {
    assert.throws(() => cohenKappa(["a"], ["a", "b"]), { name: "RangeError", message: /one has 1 values, the other 2/ });
  });

  test("no items", () => {
    assert.throws(() => cohenKappa([], []), { name: "RangeError", message: /at least one item/ });
  });

  test("missing or non-finite values", () => {
    assert.throws(() => cohenKappa(["a", null as unknown as string], ["a", "b"]), { name: "RangeError", message: /Item 2, first coder.*null/ });
    assert.throws(() => cohenKappa(["a"], [Number.POSITIVE_INFINITY]), { name: "RangeError", message: /second coder.*Infinity/ });
    assert.throws(() => cohenKappa(["a", , "b"] as string[], ["a", "a", "b"]), RangeError);
  });
});
