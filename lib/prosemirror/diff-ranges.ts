import type { Node as PMNode } from "prosemirror-model";
import type { Segment } from "../diff/types";
import type { InlineMarkRange } from "./diff-view";

/**
 * Where a comparison's differences fall in a ProseMirror document of treaty text. A row's text,
 * as the diff sees it, is the text of its provisions joined with "\n" (the same join as the
 * aligner's `fullText`); this module maps offsets in that text to document positions, so that
 * the server can draw the differences into its HTML and the client can draw them as decorations.
 */

/** The text of a document as the diff sees it: its text blocks joined with "\n". */
export function docText(doc: PMNode): string {
  const parts: string[] = [];
  doc.descendants((node) => {
    if (node.isTextblock) {
      parts.push(node.textContent);
      return false;
    }
    return true;
  });
  return parts.join("\n");
}

/** Map offsets of `docText(doc)` to positions in `doc`. */
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
