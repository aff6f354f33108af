/**
 * The shapes of a text comparison: options in, segments and statistics out. Offsets are UTF-16
 * code units (JavaScript string indices), `to` exclusive, so `text.slice(from, to)` is the piece.
 */

/** How finely two texts are compared: character by character, word by word, or sentence by sentence. */
export type Granularity = "char" | "word" | "sentence";

/** The granularities from finest to coarsest: the order in which `diffTexts` falls back. */
export const GRANULARITIES: readonly Granularity[] = ["char", "word", "sentence"];

export interface DiffOptions {
  /** Default "word". */
  granularity: Granularity;
  /** "Terrorism" and "terrorism" compare equal. Default false. */
  ignoreCase: boolean;
  /** Punctuation is neutral context: it never shows as inserted or deleted. Default false. */
  ignorePunctuation: boolean;
  /**
   * Whitespace never shows as a difference. Default false, and even then whitespace only counts
   * at char granularity or between words that the other side joins ("sub national" vs "subnational").
   */
  ignoreWhitespace: boolean;
  /**
   * Work budget, a finite number above 0: a diff of n + m tokens may use at most
   * floor(maxCost / (n + m)) edits before it gives up and falls back to the next coarser
   * granularity. Defaults to DEFAULT_MAX_COST (see diff.ts).
   */
  maxCost?: number;
}

/** The options that change how a text is cut into tokens and how tokens compare. */
export type TokenOptions = Pick<DiffOptions, "ignoreCase" | "ignorePunctuation" | "ignoreWhitespace">;

/**
 * What a token is: a word, a run of one punctuation character, whitespace, or a whole sentence.
 * At char granularity, the class of the character (a letter or digit is "word").
 */
export type TokenKind = "word" | "punct" | "space" | "sentence";

/** One piece of a text as the diff sees it. */
export interface Token {
  /** The token as it stands in the text. */
  text: string;
  from: number;
  to: number;
  kind: TokenKind;
  /** What the diff compares; null when the token takes no part in the comparison (whitespace, ignored punctuation). */
  key: string | null;
  /** How many whole words the token holds: 1 for a word, the word count for a sentence, 0 otherwise. */
  words: number;
}

export type SegmentOp = "equal" | "insert" | "delete" | "move";

/** A stretch of one text: UTF-16 offsets, `to` exclusive. */
export interface Range {
  from: number;
  to: number;
}

/**
 * One piece of the comparison. In order, segments cover the left text exactly once (equal,
 * delete, move with side "left") and the right text exactly once (equal, insert, move with side
 * "right"); between two equal pieces the left-only pieces come before the right-only ones.
 */
export interface Segment {
  op: SegmentOp;
  /** The piece as it stands on its side; for equal, the LEFT text (the right may differ in ignored ways). */
  text: string;
  left?: Range;
  right?: Range;
  /** Move only: which occurrence this is. */
  side?: "left" | "right";
  /** Move only: the same id (1, 2, ...) on both occurrences. */
  moveId?: number;
}

export interface DiffStats {
  /** 0-100, rounded down: Dice over words, 2 * (equal + moved) / (left words + right words); 100 for two empty texts. */
  similarity: number;
  wordsAdded: number;
  wordsRemoved: number;
  wordsMoved: number;
  wordsEqual: number;
}

export interface DiffResult {
  segments: Segment[];
  stats: DiffStats;
  requested: Granularity;
  /** What was actually used; "whole" is one deletion of all the left and one insertion of all the right. */
  granularity: Granularity | "whole";
  /** Why a coarser granularity was used, in a sentence a reader can be shown; null when none was needed. */
  fallback: null | { from: Granularity; to: Granularity | "whole"; reason: string };
}
