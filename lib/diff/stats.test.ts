import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { diffTexts } from "./diff";
import { computeStats, mergeStats } from "./stats";
import { assertResult, conventionProvision } from "./test-support";
import type { DiffStats } from "./types";

function stats(left: string, right: string): DiffStats {
  const result = diffTexts(left, right);
  assertResult(left, right, result);
  return result.stats;
}

describe("word statistics of a comparison", () => {
  test("one word removed: Dice 2 × 5 / (6 + 5) = 90", () => {
    assert.deepEqual(stats("the national laws of the Parties", "the national laws of Parties"), {
      similarity: 90,
      wordsAdded: 0,
      wordsRemoved: 1,
      wordsMoved: 0,
      wordsEqual: 5,
    });
  });

  test("a spelling variant is a changed word on each side: 2 × 2 / 6 = 66 (rounded down)", () => {
    assert.deepEqual(stats("to terrorise people", "to terrorize people"), {
      similarity: 66,
      wordsAdded: 1,
      wordsRemoved: 1,
      wordsMoved: 0,
      wordsEqual: 2,
    });
  });

  test("joined words: four equal words on the left, three on the right, so three equal and one removed", () => {
    // 2 × 3 / (4 + 3) = 85.7
    assert.deepEqual(stats("by sub national groups", "by subnational groups"), {
      similarity: 85,
      wordsAdded: 0,
      wordsRemoved: 1,
      wordsMoved: 0,
      wordsEqual: 3,
    });
  });

  test("punctuation and whitespace never count: similarity 100", () => {
    assert.deepEqual(stats("robbing and  wreaking", "robbing, and wreaking"), {
      similarity: 100,
      wordsAdded: 0,
      wordsRemoved: 0,
      wordsMoved: 0,
      wordsEqual: 3,
    });
  });

  test("empty texts: 100; one empty side: 0", () => {
    assert.equal(stats("", "").similarity, 100);
    const chapeau = conventionProvision("art_1__para_1__point_1");
    assert.deepEqual(stats("", chapeau), { similarity: 0, wordsAdded: 2, wordsRemoved: 0, wordsMoved: 0, wordsEqual: 0 });
  });

  test("computeStats classifies words by the segments that cover them", () => {
    const left = "armed conflict";
    const right = "armed conflicts";
    const segments = [
      { op: "equal" as const, text: "armed conflict", left: { from: 0, to: 14 }, right: { from: 0, to: 14 } },
      { op: "insert" as const, text: "s", right: { from: 14, to: 15 } },
    ];
    // "conflict" is wholly equal on the left; "conflicts" is partly inserted on the right: 2 × 1 / 4.
    assert.deepEqual(computeStats(left, right, segments), { similarity: 50, wordsAdded: 1, wordsRemoved: 1, wordsMoved: 0, wordsEqual: 1 });
  });
});

describe("mergeStats", () => {
  const a: DiffStats = { similarity: 97, wordsAdded: 1, wordsRemoved: 3, wordsMoved: 0, wordsEqual: 86 };
  const b: DiffStats = { similarity: 100, wordsAdded: 0, wordsRemoved: 0, wordsMoved: 5, wordsEqual: 10 };

  test("sums the words and recomputes similarity from the sums", () => {
    // 2 × (96 + 5) / (2 × 101 + 3 + 1) = 202 / 206 = 98.06
    assert.deepEqual(mergeStats([a, b]), { similarity: 98, wordsAdded: 1, wordsRemoved: 3, wordsMoved: 5, wordsEqual: 96 });
  });

  test("long rows weigh more than short ones (not an average of percentages)", () => {
    const short: DiffStats = { similarity: 0, wordsAdded: 1, wordsRemoved: 0, wordsMoved: 0, wordsEqual: 0 };
    const long: DiffStats = { similarity: 100, wordsAdded: 0, wordsRemoved: 0, wordsMoved: 0, wordsEqual: 99 };
    assert.equal(mergeStats([short, long]).similarity, 99);
  });

  test("merging the statistics of rows equals the statistics of their parts", () => {
    const rows: [string, string][] = [
      ["the national laws of the Parties", "the national laws of Parties"],
      ["to terrorise people", "to terrorize people"],
    ];
    const merged = mergeStats(rows.map(([l, r]) => stats(l, r)));
    assert.deepEqual(merged, { similarity: 82, wordsAdded: 1, wordsRemoved: 2, wordsMoved: 0, wordsEqual: 7 });
  });

  test("no rows: the statistics of two empty texts", () => {
    assert.deepEqual(mergeStats([]), { similarity: 100, wordsAdded: 0, wordsRemoved: 0, wordsMoved: 0, wordsEqual: 0 });
  });

  test("bad input is a RangeError", () => {
    assert.throws(() => mergeStats("rows" as unknown as DiffStats[]), { name: "RangeError", message: /expected an array of statistics, got "rows"/ });
    assert.throws(() => mergeStats([a, null as unknown as DiffStats]), { name: "RangeError", message: /item 1 is null/ });
    assert.throws(() => mergeStats([{ ...a, wordsEqual: -1 }]), { name: "RangeError", message: /item 0 has wordsEqual = number -1/ });
    assert.throws(() => mergeStats([{ ...a, wordsAdded: 1.5 }]), { name: "RangeError", message: /wordsAdded = number 1.5; expected a whole number/ });
  });
});
