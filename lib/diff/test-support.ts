/**
 * Test support only (imported by the *.test.ts files beside it and the benchmarks, never by the
 * app): the real corpus passages the diff tests use, and the checks every test runs on a result.
 */
import assert from "node:assert/strict";
import { walkProvisions, type ProvisionNode } from "../corpus/types";
import { fullNsctTree, markdownEdition, NSCT_FULL_PATH, nsctMissing } from "../test-support";
import { wordRanges } from "./tokenize";
import type { DiffResult, Segment } from "./types";

export { nsctMissing };

function find(nodes: readonly ProvisionNode[], id: string, where: string): string {
  for (const node of walkProvisions(nodes)) if (node.id === id) return node.text;
  throw new Error(`no provision ${id} in ${where}`);
}

/** The text of one provision of a Markdown edition in texts/. */
export function editionProvision(document: string, edition: string, id: string): string {
  const { path, provisions } = markdownEdition(document, edition);
  return find(provisions, id, path);
}

/** The NSCT definition paragraph as Meher quotes it (texts/us-nsct-2003/en-meher.md). */
export function meherParagraph(): string {
  return editionProvision("us-nsct-2003", "en-meher", "sec_1__para_2");
}

/** One provision of the full NSCT (Project Gutenberg #29185); only call when `nsctMissing` is false. */
export function fullNsctProvision(id: string): string {
  return find(fullNsctTree(), id, NSCT_FULL_PATH);
}

/** Every provision text of the full NSCT, in order; only call when `nsctMissing` is false. */
export function fullNsctTexts(): string[] {
  return [...walkProvisions(fullNsctTree())].map((node) => node.text).filter((text) => text !== "");
}

/** One provision of the Shanghai Convention, Article 1 as Meher quotes it. */
export function conventionProvision(id: string): string {
  return editionProvision("shanghai-convention-2001", "en-meher", id);
}

/**
 * The invariant of every comparison: in order, equal/delete/left-move ranges tile the left text
 * and equal/insert/right-move ranges tile the right text, with texts that match their ranges;
 * between two equal pieces left-only pieces come first; neighbours of the same kind are merged;
 * each move id has one left and one right occurrence, numbered 1, 2, ...
 */
export function assertSegmentsCover(left: string, right: string, segments: readonly Segment[]): void {
  let l = 0;
  let r = 0;
  let rightOnlySeen = false;
  const moves = new Map<number, { left: number; right: number }>();
  segments.forEach((segment, k) => {
    const where = `segment ${k} (${segment.op} ${JSON.stringify(segment.text)})`;
    const previous = segments[k - 1];
    if (previous && previous.op === segment.op) {
      assert.ok(
        segment.op === "move" && (previous.moveId !== segment.moveId || previous.side !== segment.side),
        `${where} should have been merged with the one before`,
      );
    }
    const standsLeft = segment.op === "equal" || segment.op === "delete" || (segment.op === "move" && segment.side === "left");
    const standsRight = segment.op === "equal" || segment.op === "insert" || (segment.op === "move" && segment.side === "right");
    assert.equal(segment.left !== undefined, standsLeft, `${where}: left range present iff it stands on the left`);
    assert.equal(segment.right !== undefined, standsRight, `${where}: right range present iff it stands on the right`);
    if (segment.op === "move") {
      assert.ok(Number.isInteger(segment.moveId) && segment.moveId! >= 1, `${where}: move id`);
      const seen = moves.get(segment.moveId!) ?? { left: 0, right: 0 };
      seen[segment.side!]++;
      moves.set(segment.moveId!, seen);
    } else {
      assert.equal(segment.side, undefined, `${where}: side only on moves`);
      assert.equal(segment.moveId, undefined, `${where}: moveId only on moves`);
    }
    if (segment.left) {
      assert.equal(segment.left.from, l, `${where}: left range starts where the previous ended`);
      assert.ok(segment.left.to > segment.left.from, `${where}: empty left range`);
      assert.equal(segment.text, left.slice(segment.left.from, segment.left.to), `${where}: text is the left slice`);
      l = segment.left.to;
    }
    if (segment.right) {
      assert.equal(segment.right.from, r, `${where}: right range starts where the previous ended`);
      assert.ok(segment.right.to > segment.right.from, `${where}: empty right range`);
      if (!segment.left) assert.equal(segment.text, right.slice(segment.right.from, segment.right.to), `${where}: text is the right slice`);
      r = segment.right.to;
    }
    if (segment.op === "equal") rightOnlySeen = false;
    else if (standsRight) rightOnlySeen = true;
    else assert.ok(!rightOnlySeen, `${where}: a left-only piece after a right-only one (redline order)`);
  });
  assert.equal(l, left.length, "segments cover the whole left text");
  assert.equal(r, right.length, "segments cover the whole right text");
  const ids = [...moves.keys()].sort((a, b) => a - b);
  assert.deepEqual(ids, ids.map((_, k) => k + 1), "move ids are 1, 2, ...");
  for (const [id, seen] of moves) assert.deepEqual(seen, { left: 1, right: 1 }, `move ${id} has one occurrence on each side`);
}

/** The segment invariant plus the word arithmetic of the statistics. */
export function assertResult(left: string, right: string, result: DiffResult): void {
  assertSegmentsCover(left, right, result.segments);
  const { wordsEqual, wordsMoved, wordsRemoved, wordsAdded, similarity } = result.stats;
  assert.equal(wordsEqual + wordsMoved + wordsRemoved, wordRanges(left).length / 2, "left words add up");
  assert.equal(wordsEqual + wordsMoved + wordsAdded, wordRanges(right).length / 2, "right words add up");
  assert.ok(Number.isInteger(similarity) && similarity >= 0 && similarity <= 100, "similarity is an integer 0-100");
  const moved = result.segments.filter((s) => s.op === "move");
  if (wordsMoved > 0) assert.ok(moved.length > 0, "moved words need move segments");
  if (result.granularity === result.requested) assert.equal(result.fallback, null);
  else assert.deepEqual(result.fallback && [result.fallback.from, result.fallback.to], [result.requested, result.granularity]);
}

/** The differences only, as [op, text] pairs (moves as [op, side, id, text]). */
export function changes(segments: readonly Segment[]): (string | number)[][] {
  return segments
    .filter((s) => s.op !== "equal")
    .map((s) => (s.op === "move" ? [s.op, s.side!, s.moveId!, s.text] : [s.op, s.text]));
}

/** A redline string: equal as is, [-deleted-], {+inserted+}, [<1 moved away<] and {>1 moved here>}. */
export function redline(segments: readonly Segment[]): string {
  return segments
    .map((s) => {
      if (s.op === "equal") return s.text;
      if (s.op === "delete") return `[-${s.text}-]`;
      if (s.op === "insert") return `{+${s.text}+}`;
      return s.side === "left" ? `[<${s.moveId} ${s.text}<]` : `{>${s.moveId} ${s.text}>}`;
    })
    .join("");
}
