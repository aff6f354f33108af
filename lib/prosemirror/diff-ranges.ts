import type { Node as PMNode } from "prosemirror-model";
import type { Segment } from "../diff/types";
import type { InlineMarkRange } from "./diff-view";

/**
 * Where a comparison's differences fall in a ProseMirror document of treaty text. A row's text,
 * as the diff sees it, is the text of its provisions joined with "\n" (the same join as the
 * aligner's `fullText`); this module maps offsets in that text to document positions, so that
 * the server can draw the differences into its HTML and the client can draw them as decorations.
 */

/** Map offsets in the text of `doc` as the diff sees it (its text blocks joined with "\n") to positions in `doc`. */
export function offsetMapper(doc: PMNode): (offset: number) => number {
  const starts: { offset: number; pos: number; length: number }[] = [];
  let offset = 0;
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      starts.push({ offset, pos: pos + 1, length: node.content.size });
      offset += node.content.size + 1; // the "\n" between blocks
      return false;
    }
    return true;
  });
  return (target: number) => {
    if (starts.length === 0) return 0;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]!.offset <= target) lo = mid;
      else hi = mid - 1;
    }
    const block = starts[lo]!;
    return block.pos + Math.min(Math.max(0, target - block.offset), block.length);
  };
}

/**
 * The changes of one side of a comparison, in positions of that side's document. `side` picks
 * which ranges count: the left side shows deletions and the left occurrence of moves, the right
 * side insertions and the right occurrence.
 */
export function diffMarks(doc: PMNode, segments: readonly Segment[], side: "left" | "right"): InlineMarkRange[] {
  const toPos = offsetMapper(doc);
  const marks: InlineMarkRange[] = [];
  for (const segment of segments) {
    if (segment.op === "equal") continue;
    if (segment.op === "move" && segment.side !== side) continue;
    if (segment.op === "insert" && side === "left") continue;
    if (segment.op === "delete" && side === "right") continue;
    const range = side === "left" ? segment.left : segment.right;
    if (!range || range.to <= range.from) continue;
    const from = toPos(range.from);
    const to = toPos(range.to);
    if (to <= from) continue;
    marks.push({ from, to, op: segment.op, ...(segment.op === "move" ? { moveId: segment.moveId ?? 0, side } : {}) });
  }
  return marks;
}

/**
 * The words one side shares with the other, in positions of that side's document: the equal
 * stretches that hold at least one letter or digit. For texts that share few words, marking
 * these reads better than striking out nearly everything.
 */
export function sharedMarks(doc: PMNode, segments: readonly Segment[], side: "left" | "right"): InlineMarkRange[] {
  const toPos = offsetMapper(doc);
  const marks: InlineMarkRange[] = [];
  for (const segment of segments) {
    if (segment.op !== "equal" || !/[\p{L}\p{N}]/u.test(segment.text)) continue;
    const range = side === "left" ? segment.left : segment.right;
    if (!range || range.to <= range.from) continue;
    // Trim the spaces at its ends, so that only words are marked.
    const lead = segment.text.length - segment.text.trimStart().length;
    const trail = segment.text.length - segment.text.trimEnd().length;
    const from = toPos(range.from + lead);
    const to = toPos(range.to - trail);
    if (to > from) marks.push({ from, to, op: "shared" });
  }
  return marks;
}

/** "differences" marks what differs; "shared" marks the words both texts share. */
export type MarkMode = "differences" | "shared";

/** The marks of one side in the given mode. */
export function rowMarks(doc: PMNode, segments: readonly Segment[], side: "left" | "right", mode: MarkMode): InlineMarkRange[] {
  return mode === "shared" ? sharedMarks(doc, segments, side) : diffMarks(doc, segments, side);
}

/**
 * The unified ("redline") text of a comparison: every segment in order, deletions and
 * insertions both present, with the marks in offsets of that text.
 */
export function redlineText(segments: readonly Segment[]): { text: string; marks: InlineMarkRange[] } {
  let text = "";
  const marks: InlineMarkRange[] = [];
  for (const segment of segments) {
    const from = text.length;
    text += segment.text;
    if (segment.op !== "equal" && segment.text.length > 0) {
      marks.push({ from, to: text.length, op: segment.op, ...(segment.moveId !== undefined ? { moveId: segment.moveId, side: segment.side! } : {}) });
    }
  }
  return { text, marks };
}
