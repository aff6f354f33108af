import type { Segment, SegmentOp } from "./types";

/**
 * Turning the raw pieces a diff produces into the segments callers see: neutral context folded
 * into its neighbours, redline order (left-only before right-only between two equal pieces),
 * adjacent pieces of the same kind merged.
 */

/**
 * A raw piece: both ranges always given, one of them empty for a one-sided op. An "equal" piece
 * with exactly one empty side is neutral context (whitespace or ignored punctuation present on
 * one side only); it is folded into a neighbouring equal piece.
 */
export interface Piece {
  op: SegmentOp;
  leftFrom: number;
  leftTo: number;
  rightFrom: number;
  rightTo: number;
  /** Move pieces only; 0 otherwise. */
  moveId: number;
}

/** Collects pieces in order, each starting where the previous one ended on both sides. */
export class PieceList {
  readonly pieces: Piece[] = [];
  left = 0;
  right = 0;

  /** Add a piece from the current positions to (leftTo, rightTo); empty pieces are skipped. */
  add(op: SegmentOp, leftTo: number, rightTo: number, moveId = 0): void {
    if (leftTo < this.left || rightTo < this.right) {
      throw new RangeError(`piece ${op} would run backwards: left ${this.left}→${leftTo}, right ${this.right}→${rightTo}`);
    }
    if (leftTo === this.left && rightTo === this.right) return;
    this.pieces.push({ op, leftFrom: this.left, leftTo, rightFrom: this.right, rightTo, moveId });
    this.left = leftTo;
    this.right = rightTo;
  }
}

/** Does this piece cover some of the text on that side? */
function standsOn(piece: Piece, side: "left" | "right"): boolean {
  return side === "left" ? piece.leftTo > piece.leftFrom : piece.rightTo > piece.rightFrom;
}

/** Does this piece stand on the left (delete, left move) rather than the right? */
function isLeftOnly(piece: Piece): boolean {
  return piece.leftTo > piece.leftFrom && piece.rightTo === piece.rightFrom;
}

/**
 * Make segments out of contiguous pieces that together cover both texts: fold neutral context
 * into a nearby equal piece (or, with none in reach, make it a deletion or insertion),
 * put left-only pieces before right-only ones between equal pieces, merge neighbours of the same
 * kind, and attach the texts. The pieces are reused (changed in place).
 */
export function toSegments(left: string, right: string, pieces: Piece[]): Segment[] {
  // 1. Fold neutral context into an equal piece: the one before it, or else the one after it,
  // provided nothing between them stands on the neutral piece's side.
  const folded: Piece[] = [];
  let waiting: Piece[] = [];
  const release = (side: "left" | "right" | null) => {
    // Neutral pieces that found no equal piece become plain deletions or insertions.
    const keep: Piece[] = [];
    for (const piece of waiting) {
      if (side === null || standsOn(piece, side)) {
        piece.op = standsOn(piece, "left") ? "delete" : "insert";
        folded.push(piece);
      } else keep.push(piece);
    }
    waiting = keep;
  };
  for (const piece of pieces) {
    const hasLeft = standsOn(piece, "left");
    const hasRight = standsOn(piece, "right");
    if (!hasLeft && !hasRight) continue;
    if (piece.op !== "equal") {
      release(hasLeft ? "left" : "right");
      folded.push(piece);
      continue;
    }
    if (hasLeft && hasRight) {
      for (const neutral of waiting) {
        if (standsOn(neutral, "left")) piece.leftFrom = Math.min(piece.leftFrom, neutral.leftFrom);
        else piece.rightFrom = Math.min(piece.rightFrom, neutral.rightFrom);
      }
      waiting = [];
      const last = folded[folded.length - 1];
      if (last?.op === "equal") {
        last.leftTo = piece.leftTo;
        last.rightTo = piece.rightTo;
      } else folded.push(piece);
      continue;
    }
    const side = hasLeft ? "left" : "right";
    let k = folded.length - 1;
    while (k >= 0 && folded[k]!.op !== "equal" && !standsOn(folded[k]!, side)) k--;
    const host = folded[k];
    if (host?.op === "equal") {
      if (side === "left") host.leftTo = piece.leftTo;
      else host.rightTo = piece.rightTo;
    } else waiting.push(piece);
  }
  release(null);

  // 2. Redline order: within each stretch between equal pieces, left-only first (stable).
  const ordered: Piece[] = [];
  for (let k = 0; k < folded.length; ) {
    if (folded[k]!.op === "equal") {
      ordered.push(folded[k++]!);
      continue;
    }
    let end = k;
    while (end < folded.length && folded[end]!.op !== "equal") end++;
    const stretch = folded.slice(k, end);
    ordered.push(...stretch.filter(isLeftOnly), ...stretch.filter((piece) => !isLeftOnly(piece)));
    k = end;
  }

  // 3. Merge neighbours of the same kind; 4. attach texts.
  const segments: Segment[] = [];
  let previous: Piece | null = null;
  const merged: Piece[] = [];
  for (const piece of ordered) {
    // Neighbours of one kind are contiguous on the side(s) they stand on.
    if (previous && previous.op === piece.op && previous.moveId === piece.moveId && isLeftOnly(previous) === isLeftOnly(piece)) {
      if (standsOn(piece, "left")) previous.leftTo = piece.leftTo;
      if (standsOn(piece, "right")) previous.rightTo = piece.rightTo;
      continue;
    }
    previous = piece;
    merged.push(previous);
  }
  for (const piece of merged) segments.push(toSegment(left, right, piece));
  return segments;
}

function toSegment(left: string, right: string, piece: Piece): Segment {
  const leftRange = { from: piece.leftFrom, to: piece.leftTo };
  const rightRange = { from: piece.rightFrom, to: piece.rightTo };
  switch (piece.op) {
    case "equal":
      return { op: "equal", text: left.slice(piece.leftFrom, piece.leftTo), left: leftRange, right: rightRange };
    case "delete":
      return { op: "delete", text: left.slice(piece.leftFrom, piece.leftTo), left: leftRange };
    case "insert":
      return { op: "insert", text: right.slice(piece.rightFrom, piece.rightTo), right: rightRange };
    case "move":
      return isLeftOnly(piece)
        ? { op: "move", text: left.slice(piece.leftFrom, piece.leftTo), left: leftRange, side: "left", moveId: piece.moveId }
        : { op: "move", text: right.slice(piece.rightFrom, piece.rightTo), right: rightRange, side: "right", moveId: piece.moveId };
  }
}
