import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { dropNoiseMatches } from "./cleanup";

/** Run the clean-up on a copy and return what is left of the matches. */
function clean(match: number[], left: number[], right: number[]): { left: number[]; unmatched: number } {
  const copy = Int32Array.from(match);
  const unmatched = dropNoiseMatches(copy, left, right);
  return { left: [...copy], unmatched };
}

const ones = (n: number) => Array.from({ length: n }, () => 1);

describe("dropNoiseMatches", () => {
  test("a one-word match between two three-word changes goes", () => {
    // left: x x x M y y y; right: p p p M q q q
    assert.deepEqual(clean([-1, -1, -1, 3, -1, -1, -1], ones(7), ones(7)), { left: [-1, -1, -1, -1, -1, -1, -1], unmatched: 1 });
  });

  test("a match as heavy as a change next to it stays", () => {
    // left: x x x M M M y y y against p p p M M M q q q
    const match = [-1, -1, -1, 3, 4, 5, -1, -1, -1];
    assert.deepEqual(clean(match, ones(9), ones(9)), { left: match, unmatched: 0 });
  });

  test("matches at the start or the end stay, however light", () => {
    const match = [0, -1, -1, -1, -1, 5];
    assert.deepEqual(clean(match, ones(6), ones(6)), { left: match, unmatched: 0 });
  });

  test("dropping one match can make the one before it droppable", () => {
    // left: x x x [A A] y y [B] z z z z z; the right has the same shape with other words.
    const match = [-1, -1, -1, 3, 4, -1, -1, 7, -1, -1, -1, -1, -1];
    // A (2) is not lighter than y y (2); B (1) is lighter than y y and z…; once B goes, A's right side is y y B z… (8).
    assert.deepEqual(clean(match, ones(13), ones(13)), { left: Array.from({ length: 13 }, () => -1), unmatched: 3 });
  });

  test("changes that weigh nothing (punctuation) keep the matches between them", () => {
    // left: , M ; against . M :  (punctuation weighs 0, the word M 1)
    const match = [-1, 1, -1];
    assert.deepEqual(clean(match, [0, 1, 0], [0, 1, 0]), { left: match, unmatched: 0 });
  });

  test("the heavier side of a change counts: two words inserted against nothing deleted", () => {
    // left: M1 a N M2; right: M1 b c N M2 — the match N (1 word) sits between changes weighing 2 and 0.
    const match = [0, -1, 3, 4];
    assert.deepEqual(clean(match, [1, 1, 1, 1], [1, 1, 1, 1, 1]), { left: match, unmatched: 0 });
  });
});
