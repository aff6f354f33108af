import { describe, wordRanges } from "./tokenize";
import type { DiffStats, Segment } from "./types";

/**
 * Word statistics of a comparison. They are counted the same way whatever the granularity: a word
 * of a text is equal when equal segments cover all of it, moved when a move covers it, and
 * changed otherwise.
 */

const EQUAL = 0;
const MOVED = 1;
const CHANGED = 2;

/**
 * Count the words of both texts by the segments that cover them. When the two sides disagree on
 * the number of equal words (segments may join "sub national" into "subnational": two equal words
 * on the left, one on the right), the smaller count is the equal one and the rest are removed or
 * added, so that left words = equal + removed + moved and right words = equal + added + moved.
 * `leftWords`/`rightWords` are the word ranges when the caller already has them.
 */
export function computeStats(
  left: string,
  right: string,
  segments: readonly Segment[],
  leftWords: Int32Array = wordRanges(left),
  rightWords: Int32Array = wordRanges(right),
): DiffStats {
  const leftCounts = classify(leftWords, segments, "left");
  const rightCounts = classify(rightWords, segments, "right");
  const equal = Math.min(leftCounts[EQUAL], rightCounts[EQUAL]);
  const moved = Math.min(leftCounts[MOVED], rightCounts[MOVED]);
  const leftTotal = leftWords.length / 2;
  const rightTotal = rightWords.length / 2;
  return statsOf(equal, moved, leftTotal - equal - moved, rightTotal - equal - moved);
}

/**
 * Overall statistics for many compared rows: words summed, similarity recomputed from the sums
 * (not averaged, so long rows weigh more). An empty list gives the statistics of two empty texts.
 */
export function mergeStats(all: readonly DiffStats[]): DiffStats {
  if (!Array.isArray(all)) throw new RangeError(`mergeStats: expected an array of statistics, got ${describe(all)}`);
  let equal = 0;
  let moved = 0;
  let removed = 0;
  let added = 0;
  all.forEach((stats, index) => {
    if (stats === null || typeof stats !== "object") throw new RangeError(`mergeStats: item ${index} is ${describe(stats)}, not statistics`);
    for (const field of ["wordsEqual", "wordsMoved", "wordsRemoved", "wordsAdded"] as const) {
      const value = stats[field];
      if (!Number.isInteger(value) || value < 0) {
        throw new RangeError(`mergeStats: item ${index} has ${field} = ${describe(value)}; expected a whole number >= 0`);
      }
    }
    equal += stats.wordsEqual;
    moved += stats.wordsMoved;
    removed += stats.wordsRemoved;
    added += stats.wordsAdded;
  });
  return statsOf(equal, moved, removed, added);
}

function statsOf(equal: number, moved: number, removed: number, added: number): DiffStats {
  const words = 2 * (equal + moved) + removed + added;
  // Rounded down, so 100 means that no word was added or removed.
  const similarity = words === 0 ? 100 : Math.floor((200 * (equal + moved)) / words);
  return { similarity, wordsAdded: added, wordsRemoved: removed, wordsMoved: moved, wordsEqual: equal };
}

/** How many words of one side are equal, moved, changed. Segments and words are both in text order. */
function classify(words: Int32Array, segments: readonly Segment[], side: "left" | "right"): [number, number, number] {
  // The segments standing on this side, in order: their ends and kinds.
  const ends: number[] = [];
  const kinds: number[] = [];
  for (const segment of segments) {
    const range = side === "left" ? segment.left : segment.right;
    if (!range || (segment.op === "move" && segment.side !== side)) continue;
    ends.push(range.to);
    kinds.push(segment.op === "equal" ? EQUAL : segment.op === "move" ? MOVED : CHANGED);
  }
  const counts: [number, number, number] = [0, 0, 0];
  let k = 0;
  for (let w = 0; w < words.length; w += 2) {
    const from = words[w]!;
    const to = words[w + 1]!;
    while (k < ends.length && ends[k]! <= from) k++;
    // Walk the segments overlapping [from, to); the word keeps one kind only if all of them agree.
    let kind = kinds[k] ?? CHANGED;
    let j = k;
    while (j < ends.length && ends[j]! < to) {
      j++;
      if (kinds[j] !== kind) kind = CHANGED;
    }
    counts[kind as 0 | 1 | 2]++;
  }
  return counts;
}
