import { diffChars } from "diff";
import { isPunctuation, unitLength } from "./tokenize";
import type { TokenOptions } from "./types";

/**
 * Refining a short replacement into character-level pieces, so that a spelling variant shows as
 * the letter that differs ("terrori[s→z]e") rather than as a whole word deleted and inserted.
 */

/**
 * Longest side (UTF-16 units) of a replacement that is refined. Spelling variants, joined or
 * split compounds ("sub national"/"subnational") and punctuation swaps are a word or three;
 * longer replacements are rewordings, where a character diff only scatters coincidental letters.
 * It also keeps refinement cheap: at most 80 × 80 character comparisons per replacement.
 */
export const REFINE_MAX_CHARS = 40;

/**
 * Least Dice similarity over characters, 2 × equal / (left + right), for a replacement to be
 * refined: at 0.5 or more the two sides share most of their letters (terrorise/terrorize 0.89,
 * "-"/"--" 0.67, actions/"action." 0.86); below it the pieces are mostly unrelated words.
 */
export const REFINE_MIN_SIMILARITY = 0.5;

/**
 * Most runs of differing characters a refined replacement may show. A variant differs in one or
 * two places; more means the words merely share letters ("state"/"treaty"), which reads as noise.
 */
export const REFINE_MAX_HUNKS = 2;

/** A refined piece: offsets relative to the two strings given to `refineReplacement`. */
export interface RefinedPiece {
  op: "equal" | "delete" | "insert";
  leftFrom: number;
  leftTo: number;
  rightFrom: number;
  rightTo: number;
}

/**
 * Compare `left` and `right` character by character (jsdiff `diffChars`) and return the pieces
 * when the two are similar enough (see the thresholds above), else null. A deleted or inserted
 * piece made only of ignored characters (punctuation or whitespace, per the options) comes back
 * as "equal" with one side empty: neutral context that the caller folds into its neighbours.
 */
export function refineReplacement(left: string, right: string, options: TokenOptions): RefinedPiece[] | null {
  if (left.length === 0 || right.length === 0 || left.length > REFINE_MAX_CHARS || right.length > REFINE_MAX_CHARS) return null;
  if (sharedBound(left, right, options.ignoreCase) < REFINE_MIN_SIMILARITY) return null;
  const changes = diffChars(left, right, { ignoreCase: options.ignoreCase });
  const pieces: RefinedPiece[] = [];
  let l = 0;
  let r = 0;
  let equalUnits = 0;
  let hunks = 0;
  let inHunk = false;
  for (const change of changes) {
    // jsdiff counts code points; step through the strings to get UTF-16 offsets.
    if (change.added) {
      const to = advance(right, r, change.count);
      pieces.push({ op: "insert", leftFrom: l, leftTo: l, rightFrom: r, rightTo: to });
      r = to;
      if (!inHunk) hunks++;
      inHunk = true;
    } else if (change.removed) {
      const to = advance(left, l, change.count);
      pieces.push({ op: "delete", leftFrom: l, leftTo: to, rightFrom: r, rightTo: r });
      l = to;
      if (!inHunk) hunks++;
      inHunk = true;
    } else {
      const leftTo = advance(left, l, change.count);
      const rightTo = advance(right, r, change.count);
      pieces.push({ op: "equal", leftFrom: l, leftTo, rightFrom: r, rightTo });
      equalUnits += leftTo - l + (rightTo - r);
      l = leftTo;
      r = rightTo;
      inHunk = false;
    }
  }
  const similarity = equalUnits / (left.length + right.length);
  const shorter = Math.min(left.length, right.length);
  // Also require the shared letters to be a real part of the shorter side ("of"/"or" share one letter of two).
  if (similarity < REFINE_MIN_SIMILARITY || hunks > REFINE_MAX_HUNKS || equalUnits / 2 < Math.min(3, shorter)) return null;
  if (options.ignorePunctuation || options.ignoreWhitespace) {
    for (const piece of pieces) {
      if (piece.op === "equal") continue;
      const text = piece.op === "delete" ? left.slice(piece.leftFrom, piece.leftTo) : right.slice(piece.rightFrom, piece.rightTo);
      if (isIgnorable(text, options)) piece.op = "equal";
    }
  }
  return pieces;
}

/**
 * An upper bound of the Dice similarity that `diffChars` can find: the characters the two sides
 * have in common counted as a multiset, whatever their order. Cheap, and it rules out most
 * unrelated replacements before the character diff runs.
 */
function sharedBound(left: string, right: string, ignoreCase: boolean): number {
  const a = ignoreCase ? left.toLowerCase() : left;
  const b = ignoreCase ? right.toLowerCase() : right;
  const counts = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    const code = a.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length; i++) {
    const code = b.charCodeAt(i);
    const count = counts.get(code);
    if (count) {
      shared++;
      counts.set(code, count - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** True when every character of `text` is one the options say to ignore. */
function isIgnorable(text: string, options: TokenOptions): boolean {
  for (const char of text) {
    const space = /\s/u.test(char);
    if (space ? !options.ignoreWhitespace : !(options.ignorePunctuation && isPunctuation(char))) return false;
  }
  return true;
}

/** The UTF-16 offset `count` code points after `from` in `text`. */
function advance(text: string, from: number, count: number): number {
  let i = from;
  for (let n = 0; n < count; n++) i += unitLength(text, i);
  return i;
}
