import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { diffTexts } from "./diff";
import { findMoves, MIN_MOVE_WORDS, type Unmatched } from "./moves";
import { assertResult, changes, conventionProvision, redline } from "./test-support";
import type { DiffOptions, DiffResult } from "./types";

function diff(left: string, right: string, options?: Partial<DiffOptions>): DiffResult {
  const result = diffTexts(left, right, options);
  assertResult(left, right, result);
  return result;
}

/** Article 1(1)(1)(b) of the Convention, whose clauses the tests move about. */
const pointB = conventionProvision("art_1__para_1__point_1__point_b");

describe("moves in diffTexts", () => {
  test("a clause moved from the start of a sentence to its end is one move, not a deletion and an insertion", () => {
    const clause = "by its nature or context";
    assert.ok(pointB.includes(`such act, ${clause}, is to intimidate a population`));
    const left = `${clause}, the purpose of such act is to intimidate a population;`;
    const right = `the purpose of such act is to intimidate a population ${clause};`;
    const result = diff(left, right);
    assert.deepEqual(changes(result.segments), [
      ["move", "left", 1, clause],
      ["delete", ", "],
      ["move", "right", 1, clause],
    ]);
    assert.equal(redline(result.segments), `[<1 ${clause}<][-, -]the purpose of such act is to intimidate a population{>1 ${clause}>};`);
    assert.deepEqual(result.stats, { similarity: 100, wordsAdded: 0, wordsRemoved: 0, wordsMoved: 5, wordsEqual: 10 });
  });

  test(`a run of ${MIN_MOVE_WORDS - 1} words is not a move`, () => {
    assert.equal(MIN_MOVE_WORDS, 3);
    const left = "by context, the purpose of such act is to intimidate a population";
    const right = "the purpose of such act is to intimidate a population by context";
    const result = diff(left, right);
    assert.deepEqual(changes(result.segments), [
      ["delete", "by context, "],
      ["insert", " by context"],
    ]);
    assert.deepEqual(result.stats, { similarity: 83, wordsAdded: 2, wordsRemoved: 2, wordsMoved: 0, wordsEqual: 10 });
  });

  test("two different moves get different ids, numbered in the order of the left text", () => {
    const left = "by its nature or context, when the purpose of such act is to intimidate a population, violate public security or to compel public authorities";
    const right = "when the purpose of such act, by its nature or context, is to intimidate a population or to compel public authorities, violate public security";
    const result = diff(left, right);
    const moves = result.segments.filter((s) => s.op === "move").map((s) => [s.moveId, s.side, s.text]);
    assert.deepEqual(moves, [
      [1, "left", "by its nature or context"],
      [1, "right", "by its nature or context"],
      [2, "left", "violate public security"],
      [2, "right", "violate public security"],
    ]);
    // Moved words count as moved, and as similar: nothing was added or removed.
    assert.deepEqual(result.stats, { similarity: 100, wordsAdded: 0, wordsRemoved: 0, wordsMoved: 8, wordsEqual: 16 });
  });

  test("a move among real edits: the first two sentences of the NSCT paragraph swapped", () => {
    const left = "The enemy is not one person. It is not a single political regime. Certainly it is not a religion.";
    const right = "It is not a single political regime. The enemy is not one person. Certainly it is not one religion.";
    const result = diff(left, right);
    assert.equal(
      redline(result.segments),
      "[<1 The enemy is not one person<][-. -]It is not a single political regime. {>1 The enemy is not one person>}{+. +}Certainly it is not [-a-]{+one+} religion.",
    );
    assert.deepEqual(result.stats, { similarity: 94, wordsAdded: 1, wordsRemoved: 1, wordsMoved: 6, wordsEqual: 12 });
  });

  test("only the unchanged part of an edited clause moves", () => {
    const left = "by its nature or context, the purpose of such act is to intimidate a population;";
    const right = "the purpose of such act is to intimidate a population by its nature and context;";
    const result = diff(left, right);
    assert.equal(
      redline(result.segments),
      "[<1 by its nature<][- or context, -]the purpose of such act is to intimidate a population{>1 by its nature>}{+ and context+};",
    );
    assert.deepEqual(result.stats, { similarity: 86, wordsAdded: 2, wordsRemoved: 2, wordsMoved: 3, wordsEqual: 10 });
  });

  test("sentence granularity moves a whole sentence", () => {
    const left = "The enemy is not one person. It is not a single political regime. Certainly it is not a religion.";
    const right = "It is not a single political regime. Certainly it is not a religion. The enemy is not one person.";
    const result = diff(left, right, { granularity: "sentence" });
    assert.deepEqual(changes(result.segments), [
      ["move", "left", 1, "The enemy is not one person."],
      ["move", "right", 1, "The enemy is not one person."],
    ]);
    assert.equal(result.stats.wordsMoved, 6);
  });
});

/** Unmatched tokens from a list of [id, words, region] triples. */
function side(tokens: readonly [number, number, number][]): Unmatched {
  return { ids: tokens.map((t) => t[0]), words: tokens.map((t) => t[1]), regions: tokens.map((t) => t[2]) };
}

describe("findMoves", () => {
  test("splits one deleted run between two inserted places, longest first", () => {
    // Deleted a b c d e f in region 0; inserted d e f in region 1 and a b c in region 2.
    const deleted = side([[1, 1, 0], [2, 1, 0], [3, 1, 0], [4, 1, 0], [5, 1, 0], [6, 1, 0]]);
    const inserted = side([[4, 1, 1], [5, 1, 1], [6, 1, 1], [1, 1, 2], [2, 1, 2], [3, 1, 2]]);
    assert.deepEqual(findMoves(deleted, inserted), [
      { deletedFrom: 0, insertedFrom: 3, length: 3 },
      { deletedFrom: 3, insertedFrom: 0, length: 3 },
    ]);
  });

  test("a run partly taken by a longer move is tried again with what is left", () => {
    // Deleted a b c d e g h i; inserted b c d e (4 words) and a b c (overlaps b c) and g h i.
    const deleted = side([[1, 1, 0], [2, 1, 0], [3, 1, 0], [4, 1, 0], [5, 1, 0], [7, 1, 0], [8, 1, 0], [9, 1, 0]]);
    const inserted = side([[2, 1, 1], [3, 1, 1], [4, 1, 1], [5, 1, 1], [1, 1, 2], [2, 1, 2], [3, 1, 2], [7, 1, 3], [8, 1, 3], [9, 1, 3]]);
    assert.deepEqual(findMoves(deleted, inserted), [
      { deletedFrom: 1, insertedFrom: 0, length: 4 },
      { deletedFrom: 5, insertedFrom: 7, length: 3 },
    ]);
  });

  test("punctuation does not count towards the three words and is trimmed off the ends", () => {
    // Deleted ", x y ," and ", x y z ,": ids 0 are commas (no words).
    const deleted = side([[0, 0, 0], [1, 1, 0], [2, 1, 0], [0, 0, 0], [3, 1, 0], [0, 0, 0]]);
    const inserted = side([[0, 0, 1], [1, 1, 1], [2, 1, 1], [0, 0, 1], [3, 1, 1], [0, 0, 1]]);
    assert.deepEqual(findMoves(deleted, inserted), [{ deletedFrom: 1, insertedFrom: 1, length: 4 }]);
    const two = side([[0, 0, 0], [1, 1, 0], [2, 1, 0], [0, 0, 0]]);
    assert.deepEqual(findMoves(two, side([[0, 0, 1], [1, 1, 1], [2, 1, 1], [0, 0, 1]])), []);
  });

  test("never matches within one region, nor across a region boundary", () => {
    const same = side([[1, 1, 0], [2, 1, 0], [3, 1, 0]]);
    assert.deepEqual(findMoves(same, side([[1, 1, 0], [2, 1, 0], [3, 1, 0]])), []);
    // a b | c on the left (two regions) against a b c in one region: no three-word run.
    assert.deepEqual(findMoves(side([[1, 1, 0], [2, 1, 0], [3, 1, 4]]), side([[1, 1, 8], [2, 1, 8], [3, 1, 8]])), []);
  });

  test("a sentence token carries its words", () => {
    assert.deepEqual(findMoves(side([[7, 6, 0]]), side([[7, 6, 4]])), [{ deletedFrom: 0, insertedFrom: 0, length: 1 }]);
  });

  test("returns nothing without looking when deleted × inserted exceeds maxCells", () => {
    const deleted = side([[1, 1, 0], [2, 1, 0], [3, 1, 0]]);
    const inserted = side([[1, 1, 1], [2, 1, 1], [3, 1, 1]]);
    assert.equal(findMoves(deleted, inserted, 9).length, 1);
    assert.deepEqual(findMoves(deleted, inserted, 8), []);
  });
});
