import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { REFINE_MAX_CHARS, REFINE_MAX_HUNKS, REFINE_MIN_SIMILARITY, refineReplacement, type RefinedPiece } from "./refine";

const PLAIN = { ignoreCase: false, ignorePunctuation: false, ignoreWhitespace: false };

/** The pieces as "op left-text/right-text" strings, easier to read than offsets. */
function read(left: string, right: string, pieces: RefinedPiece[] | null): string[] | null {
  return pieces && pieces.map((p) => `${p.op} ${left.slice(p.leftFrom, p.leftTo)}/${right.slice(p.rightFrom, p.rightTo)}`);
}

/** Pieces tile both strings, in order. */
function assertTiles(left: string, right: string, pieces: RefinedPiece[]): void {
  let l = 0;
  let r = 0;
  for (const piece of pieces) {
    assert.equal(piece.leftFrom, l);
    assert.equal(piece.rightFrom, r);
    if (piece.op === "delete") assert.equal(piece.rightTo, piece.rightFrom);
    if (piece.op === "insert") assert.equal(piece.leftTo, piece.leftFrom);
    l = piece.leftTo;
    r = piece.rightTo;
  }
  assert.deepEqual([l, r], [left.length, right.length]);
}

function refine(left: string, right: string, options = PLAIN): string[] | null {
  const pieces = refineReplacement(left, right, options);
  if (pieces) assertTiles(left, right, pieces);
  return read(left, right, pieces);
}

describe("refineReplacement", () => {
  test("the thresholds are the documented ones", () => {
    assert.deepEqual([REFINE_MAX_CHARS, REFINE_MIN_SIMILARITY, REFINE_MAX_HUNKS], [40, 0.5, 2]);
  });

  test("spelling variants, joined words and dashes come down to the characters that differ", () => {
    assert.deepEqual(refine("terrorise", "terrorize"), ["equal terrori/terrori", "delete s/", "insert /z", "equal e/e"]);
    assert.deepEqual(refine("organisation", "organization"), ["equal organi/organi", "delete s/", "insert /z", "equal ation/ation"]);
    assert.deepEqual(refine("non-combatant", "noncombatant"), ["equal non/non", "delete -/", "equal combatant/combatant"]);
    assert.deepEqual(refine("sub national", "subnational"), ["equal sub/sub", "delete  /", "equal national/national"]);
    assert.deepEqual(refine("-", "--"), ["equal -/-", "insert /-"]);
    assert.deepEqual(refine("actions", "action."), ["equal action/action", "delete s/", "insert /."]);
  });

  test("unrelated words stay whole: too few shared letters, or too many separate differences", () => {
    assert.equal(refine("of", "or"), null, "one shared letter of two");
    assert.equal(refine("purpose", "rule"), null, "similarity below 0.5");
    assert.equal(refine("state", "treaty"), null, "three separate differences");
  });

  test("nothing longer than REFINE_MAX_CHARS on either side, and nothing empty", () => {
    const long = "politically motivated violence perpetrated";
    assert.ok(long.length > REFINE_MAX_CHARS);
    assert.equal(refine(long, long.replace("violence", "violance")), null);
    assert.equal(refine("", "x"), null);
  });

  test("ignoreCase compares letters without case", () => {
    assert.deepEqual(refine("Terrorism", "terrorism"), ["delete T/", "insert /t", "equal errorism/errorism"]);
    assert.deepEqual(refine("Terrorism", "terrorism", { ...PLAIN, ignoreCase: true }), ["equal Terrorism/terrorism"]);
  });

  test("ignored characters come back as neutral 'equal' pieces with one side empty", () => {
    assert.deepEqual(refine("non-combatant", "noncombatant", { ...PLAIN, ignorePunctuation: true }), [
      "equal non/non",
      "equal -/",
      "equal combatant/combatant",
    ]);
    assert.deepEqual(refine("sub national", "subnational", { ...PLAIN, ignoreWhitespace: true }), [
      "equal sub/sub",
      "equal  /",
      "equal national/national",
    ]);
  });

  test("offsets are UTF-16 even though jsdiff counts code points", () => {
    const pieces = refineReplacement("ab\u{1D400}cd", "ab\u{1D401}cd", PLAIN)!;
    assert.deepEqual(
      pieces.map((p) => [p.op, p.leftFrom, p.leftTo, p.rightFrom, p.rightTo]),
      [
        ["equal", 0, 2, 0, 2],
        ["delete", 2, 4, 2, 2],
        ["insert", 4, 4, 2, 4],
        ["equal", 4, 6, 4, 6],
      ],
    );
  });
});
