import { GRANULARITIES, type Granularity, type Token, type TokenOptions } from "./types";

/**
 * Cutting a text into the tokens a diff compares. Every character of the text lands in exactly
 * one token, in order, so token ranges tile the text. The scanners are single passes over the
 * characters (ASCII classified by code, other characters by Unicode property, cached).
 */

/** Word characters: letters, digits and marks. A word is a run of them, with apostrophes (' or ’) kept between two. */
const WORD_CHAR = "\\p{L}\\p{N}\\p{M}";
const IS_WORD_CHAR = new RegExp(`[${WORD_CHAR}]`, "u");
const IS_SPACE = /\s/u;
const SPACES = /\s+/gu;
const NOT_WORD_OR_SPACE = new RegExp(`[^${WORD_CHAR}\\s]+`, "gu");
const INITIALISM = /^(?:\p{L}\.){2,}$/u;
/** Abbreviations whose full stop does not end a sentence (compared lower-case, without the stop). */
const ABBREVIATIONS = new Set(["art", "arts", "cf", "dr", "ed", "eds", "ibid", "mr", "mrs", "ms", "no", "nos", "op", "para", "paras", "pp", "st", "viz", "vol", "vs"]);
const CLOSERS = new Set(['"', "'", "\u2019", "\u201d", "\u00bb", ")", "]"]);

const DEFAULT_TOKEN_OPTIONS: TokenOptions = { ignoreCase: false, ignorePunctuation: false, ignoreWhitespace: false };

/**
 * Cut `text` into tokens at the given granularity. "word": words, punctuation runs (each run of
 * one repeated character is a token, so "--" differs from "-") and whitespace; "sentence":
 * sentences ending at . ; : ! ? before whitespace, with the whitespace between them as tokens;
 * "char": each code point. A token's `key` is what the diff compares: lower-cased with
 * ignoreCase, null for whitespace (except at char granularity) and for ignored punctuation.
 */
export function tokenize(text: string, granularity: Granularity, options: Partial<TokenOptions> = {}): Token[] {
  if (typeof text !== "string") throw new RangeError(`tokenize: text must be a string, got ${describe(text)}`);
  if (!GRANULARITIES.includes(granularity)) {
    throw new RangeError(`tokenize: granularity must be one of ${GRANULARITIES.join(", ")}, got ${describe(granularity)}`);
  }
  const resolved = resolveTokenOptions(options, "tokenize");
  switch (granularity) {
    case "word":
      return wordTokens(text, resolved);
    case "sentence":
      return sentenceTokens(text, resolved);
    case "char":
      return charTokens(text, resolved);
  }
}

/** Check the token options and fill in defaults; `caller` names the function in error messages. */
export function resolveTokenOptions(options: unknown, caller: string): TokenOptions {
  if (options === undefined) return DEFAULT_TOKEN_OPTIONS;
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new RangeError(`${caller}: options must be an object, got ${describe(options)}`);
  }
  const record = options as Record<string, unknown>;
  const resolved = { ...DEFAULT_TOKEN_OPTIONS };
  for (const name of ["ignoreCase", "ignorePunctuation", "ignoreWhitespace"] as const) {
    const value = record[name];
    if (value === undefined) continue;
    if (typeof value !== "boolean") throw new RangeError(`${caller}: option ${name} must be true or false, got ${describe(value)}`);
    resolved[name] = value;
  }
  return resolved;
}

/** The [from, to) offsets of every word of `text`, as the word tokenizer finds them, flattened into pairs. */
export function wordRanges(text: string): Int32Array {
  const found: number[] = [];
  scanWords(text, 0, text.length, (from, to) => found.push(from, to));
  return Int32Array.from(found);
}

/** Call `found` with the range of each word in text[from, to), in order. */
function scanWords(text: string, from: number, to: number, found: (from: number, to: number) => void): void {
  let i = from;
  while (i < to) {
    if (classAt(text, i) !== "word") {
      i += unitLength(text, i);
      continue;
    }
    const start = i;
    i = endOfWord(text, i, to);
    while (i + 1 < to && isApostrophe(text.charCodeAt(i)) && classAt(text, i + 1) === "word") i = endOfWord(text, i + 1, to);
    found(start, i);
  }
}

/** True for a punctuation-or-symbol character (neither a word character nor whitespace). */
export function isPunctuation(char: string): boolean {
  return char.length > 0 && classAt(char, 0) === "punct";
}

function wordTokens(text: string, options: TokenOptions): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const from = i;
    const kind = classAt(text, i);
    if (kind === "word") {
      i = endOfWord(text, i);
      // Apostrophes between two word characters stay inside the word (it's, States’).
      while (i + 1 < length && isApostrophe(text.charCodeAt(i)) && classAt(text, i + 1) === "word") i = endOfWord(text, i + 1);
      const piece = text.slice(from, i);
      tokens.push({ text: piece, from, to: i, kind, key: options.ignoreCase ? piece.toLowerCase() : piece, words: 1 });
    } else if (kind === "space") {
      i += unitLength(text, i);
      while (i < length && classAt(text, i) === "space") i += unitLength(text, i);
      tokens.push({ text: text.slice(from, i), from, to: i, kind, key: null, words: 0 });
    } else {
      // A run of one repeated character: "--" is one token, "-" another.
      const size = unitLength(text, i);
      const first = text.charCodeAt(i);
      const second = text.charCodeAt(i + 1);
      i += size;
      while (i < length && text.charCodeAt(i) === first && (size === 1 || text.charCodeAt(i + 1) === second)) i += size;
      const piece = text.slice(from, i);
      tokens.push({ text: piece, from, to: i, kind, key: options.ignorePunctuation ? null : piece, words: 0 });
    }
  }
  return tokens;
}

/** The end of the run of word characters starting at `from`. */
function endOfWord(text: string, from: number, to = text.length): number {
  let i = from;
  while (i < to && classAt(text, i) === "word") i += unitLength(text, i);
  return i;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** 2 for a surrogate pair starting at `i`, else 1. */
export function unitLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/** Classes of non-ASCII code points, looked up once each. */
const CLASS_CACHE = new Map<number, "word" | "space" | "punct">();

/** The class of the code point at `i`: a word character, whitespace, or punctuation (anything else). */
function classAt(text: string, i: number): "word" | "space" | "punct" {
  const code = text.charCodeAt(i);
  if (code < 128) return asciiClass(code);
  const point = text.codePointAt(i)!;
  let kind = CLASS_CACHE.get(point);
  if (kind === undefined) {
    const char = String.fromCodePoint(point);
    kind = IS_WORD_CHAR.test(char) ? "word" : IS_SPACE.test(char) ? "space" : "punct";
    if (CLASS_CACHE.size < 4096) CLASS_CACHE.set(point, kind);
  }
  return kind;
}

function asciiClass(code: number): "word" | "space" | "punct" {
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return "word";
  if (code === 32 || (code >= 9 && code <= 13)) return "space";
  return "punct";
}

function charTokens(text: string, options: TokenOptions): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    const char = size === 1 ? text[i]! : text.slice(i, i + 2);
    const kind = classAt(text, i);
    let key: string | null = options.ignoreCase ? char.toLowerCase() : char;
    if ((kind === "space" && options.ignoreWhitespace) || (kind === "punct" && options.ignorePunctuation)) key = null;
    tokens.push({ text: char, from: i, to: i + size, kind, key, words: 0 });
    i += size;
  }
  return tokens;
}

function sentenceTokens(text: string, options: TokenOptions): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  // Leading whitespace is a token of its own.
  let start = skipSpace(text, 0);
  if (start > 0) tokens.push(spaceToken(text, 0, start));
  let i = start;
  while (i < length) {
    const char = text[i]!;
    if (char === "." || char === ";" || char === ":" || char === "!" || char === "?") {
      let end = i + 1;
      while (end < length && ".;:!?".includes(text[end]!)) end++;
      const single = end === i + 1;
      while (end < length && CLOSERS.has(text[end]!)) end++;
      if (end < length && isSpaceAt(text, end) && !(char === "." && single && keepsSentence(text, start, i, end))) {
        tokens.push(sentenceToken(text, start, end, options));
        const next = skipSpace(text, end);
        tokens.push(spaceToken(text, end, next));
        start = next;
        i = next;
        continue;
      }
      i = end;
      continue;
    }
    i++;
  }
  if (start < length) {
    // The last sentence, without its trailing whitespace.
    let end = length;
    while (end > start && isSpaceAt(text, end - 1)) end--;
    tokens.push(sentenceToken(text, start, end, options));
    if (end < length) tokens.push(spaceToken(text, end, length));
  }
  return tokens;
}

/**
 * Whether the full stop at `dot` (followed by whitespace up to `after`) belongs to an
 * abbreviation rather than ending a sentence: an initialism (U.S., e.g., i.e.), a listed
 * abbreviation (Art., No.), or a stop followed by a lower-case word.
 */
function keepsSentence(text: string, start: number, dot: number, after: number): boolean {
  const next = skipSpace(text, after);
  if (next < text.length) {
    const char = String.fromCodePoint(text.codePointAt(next)!);
    if (char !== char.toUpperCase() && char === char.toLowerCase()) return true;
  }
  // The word before the stop, at most 12 characters back (keeps the scan linear).
  let from = dot;
  while (from > start && dot - from < 12 && !isSpaceAt(text, from - 1)) from--;
  const word = text.slice(from, dot + 1).replace(/^[("'\u2018\u201c[]+/u, "");
  if (INITIALISM.test(word)) return true;
  return ABBREVIATIONS.has(word.slice(0, -1).toLowerCase());
}

function sentenceToken(text: string, from: number, to: number, options: TokenOptions): Token {
  const piece = text.slice(from, to);
  let key = piece;
  if (options.ignorePunctuation) key = key.replace(NOT_WORD_OR_SPACE, " ");
  key = options.ignoreWhitespace ? key.replace(SPACES, "") : key.replace(SPACES, " ").trim();
  if (options.ignoreCase) key = key.toLowerCase();
  return { text: piece, from, to, kind: "sentence", key: key === "" ? null : key, words: countWords(text, from, to) };
}

function spaceToken(text: string, from: number, to: number): Token {
  return { text: text.slice(from, to), from, to, kind: "space", key: null, words: 0 };
}

function countWords(text: string, from: number, to: number): number {
  let count = 0;
  scanWords(text, from, to, () => count++);
  return count;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceAt(text, i)) i++;
  return i;
}

function isSpaceAt(text: string, i: number): boolean {
  return classAt(text, i) === "space";
}

/** A short description of a bad value for error messages. */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}
