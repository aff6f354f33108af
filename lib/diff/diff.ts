import { diffArrays } from "diff";
import { dropNoiseMatches } from "./cleanup";
import { findMoves } from "./moves";
import { refineReplacement } from "./refine";
import { PieceList, toSegments } from "./segments";
import { computeStats } from "./stats";
import { describe, resolveTokenOptions, tokenize } from "./tokenize";
import { GRANULARITIES, type DiffOptions, type DiffResult, type Granularity, type Segment, type Token } from "./types";

/**
 * Comparing two texts: tokens to integer ids, jsdiff's `diffArrays` (Myers) on the ids within a
 * work budget, a coarser granularity when the budget runs out, then moves, refinement of short
 * replacements, segments and statistics.
 */

/**
 * Default work budget (see DiffOptions.maxCost). Myers' algorithm costs about (n + m) × D steps
 * for D edits, and jsdiff's implementation takes 30-50 ns a step on the 2-core machine this was
 * measured on, so 400,000 steps is 12-20 ms. The worst case is two texts of about 300 words
 * that share their vocabulary but not their order (n + m ≈ D ≈ 630): measured 11-14 ms with
 * everything else included. Bigger comparisons that would need more (a 10,000-word text against
 * a rewrite of itself, in one piece) fall back to sentences; clause-by-clause rows stay far
 * below it (a 100-word clause against a complete rewrite is about 250 × 250 = 62,500 steps).
 * The same budget caps the search for moves (deleted × inserted tokens).
 */
export const DEFAULT_MAX_COST = 400_000;

const OPTION_NAMES = ["granularity", "ignoreCase", "ignorePunctuation", "ignoreWhitespace", "maxCost"];

const PHRASES: Record<Granularity, string> = {
  char: "character by character",
  word: "word by word",
  sentence: "sentence by sentence",
};

/** The tokens matched by a diff: `match[i]` is the right index of left token i, or -1. */
export interface TokenMatch {
  match: Int32Array;
  leftIds: Int32Array;
  rightIds: Int32Array;
}

/**
 * Match two key sequences with jsdiff's `diffArrays`, or return null when that would cost more
 * than `maxCost`. Keys become integer ids (one map per call); the common prefix and suffix and
 * the keys that occur on one side only are set aside first (no longest common subsequence can use
 * them, so the result is still a minimal diff), and jsdiff gets maxEditLength =
 * floor(maxCost / (n + m)) for the n + m ids left.
 */
export function matchTokens(leftKeys: readonly string[], rightKeys: readonly string[], maxCost: number): TokenMatch | null {
  const ids = new Map<string, number>();
  const leftIds = toIds(leftKeys, ids);
  const rightIds = toIds(rightKeys, ids);
  const n = leftIds.length;
  const m = rightIds.length;
  const match = new Int32Array(n).fill(-1);

  let prefix = 0;
  while (prefix < n && prefix < m && leftIds[prefix] === rightIds[prefix]) {
    match[prefix] = prefix;
    prefix++;
  }
  let suffix = 0;
  while (suffix < n - prefix && suffix < m - prefix && leftIds[n - 1 - suffix] === rightIds[m - 1 - suffix]) {
    match[n - 1 - suffix] = m - 1 - suffix;
    suffix++;
  }

  const onLeft = new Uint8Array(ids.size);
  const onRight = new Uint8Array(ids.size);
  for (let i = prefix; i < n - suffix; i++) onLeft[leftIds[i]!] = 1;
  for (let j = prefix; j < m - suffix; j++) onRight[rightIds[j]!] = 1;
  const leftAt: number[] = [];
  const rightAt: number[] = [];
  for (let i = prefix; i < n - suffix; i++) if (onRight[leftIds[i]!]) leftAt.push(i);
  for (let j = prefix; j < m - suffix; j++) if (onLeft[rightIds[j]!]) rightAt.push(j);
  if (leftAt.length === 0 || rightAt.length === 0) return { match, leftIds, rightIds };

  const a = leftAt.map((i) => leftIds[i]!);
  const b = rightAt.map((j) => rightIds[j]!);
  const maxEditLength = Math.floor(maxCost / (a.length + b.length));
  const changes = diffArrays(a, b, { maxEditLength });
  if (!changes) return null;
  let x = 0;
  let y = 0;
  for (const change of changes) {
    if (change.added) y += change.count;
    else if (change.removed) x += change.count;
    else {
      for (let t = 0; t < change.count; t++) match[leftAt[x + t]!] = rightAt[y + t]!;
      x += change.count;
      y += change.count;
    }
  }
  return { match, leftIds, rightIds };
}

/** Integer ids for keys: equal keys, equal ids (the map is shared by both sides of one call). */
function toIds(keys: readonly string[], ids: Map<string, number>): Int32Array {
  const out = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    out[k] = id;
  }
  return out;
}

/**
 * Compare two texts and return the segments that cover both, with word statistics. Compares at
 * the requested granularity (default "word") within the work budget; when that would cost more,
 * falls back to the next coarser granularity, down to "whole" (all the left deleted, all the right
 * inserted), and says so in `fallback`. Throws RangeError on bad input.
 */
export function diffTexts(left: string, right: string, options?: Partial<DiffOptions>): DiffResult {
  if (typeof left !== "string") throw new RangeError(`diffTexts: left text must be a string, got ${describe(left)}`);
  if (typeof right !== "string") throw new RangeError(`diffTexts: right text must be a string, got ${describe(right)}`);
  const resolved = resolveOptions(options);
  const requested = resolved.granularity;
  const tried: Granularity[] = [];
  for (const granularity of GRANULARITIES.slice(GRANULARITIES.indexOf(requested))) {
    const segments = diffAt(left, right, granularity, resolved);
    if (!segments) {
      tried.push(granularity);
      continue;
    }
    return {
      segments: segments.segments,
      stats: computeStats(left, right, segments.segments, segments.leftWords, segments.rightWords),
      requested,
      granularity,
      fallback: tried.length === 0 ? null : { from: requested, to: granularity, reason: reason(tried, granularity) },
    };
  }
  const segments: Segment[] = [];
  if (left.length > 0) segments.push({ op: "delete", text: left, left: { from: 0, to: left.length } });
  if (right.length > 0) segments.push({ op: "insert", text: right, right: { from: 0, to: right.length } });
  return {
    segments,
    stats: computeStats(left, right, segments),
    requested,
    granularity: "whole",
    fallback: { from: requested, to: "whole", reason: reason(tried, "whole") },
  };
}

/** "Too different to compare word by word or sentence by sentence in the time allowed; shown as one replacement." */
function reason(tried: readonly Granularity[], used: Granularity | "whole"): string {
  const outcome = used === "whole" ? "shown as a replacement of the whole text" : `compared ${PHRASES[used]}`;
  return `Too different to compare ${tried.map((g) => PHRASES[g]).join(" or ")} in the time allowed; ${outcome}.`;
}

type ResolvedOptions = DiffOptions & { maxCost: number };

function resolveOptions(options: unknown): ResolvedOptions {
  const tokenOptions = resolveTokenOptions(options, "diffTexts");
  const record = (options ?? {}) as Record<string, unknown>;
  for (const name of Object.keys(record)) {
    if (!OPTION_NAMES.includes(name)) throw new RangeError(`diffTexts: unknown option ${JSON.stringify(name)}; the options are ${OPTION_NAMES.join(", ")}`);
  }
  const granularity = record.granularity ?? "word";
  if (!GRANULARITIES.includes(granularity as Granularity)) {
    throw new RangeError(`diffTexts: option granularity must be one of ${GRANULARITIES.join(", ")}, got ${describe(granularity)}`);
  }
  const maxCost = record.maxCost ?? DEFAULT_MAX_COST;
  if (typeof maxCost !== "number" || !Number.isFinite(maxCost) || maxCost <= 0) {
    throw new RangeError(`diffTexts: option maxCost must be a finite number above 0, got ${describe(maxCost)}`);
  }
  return { ...tokenOptions, granularity: granularity as Granularity, maxCost };
}

interface Compared {
  segments: Segment[];
  leftWords?: Int32Array;
  rightWords?: Int32Array;
}

/** The segments at one granularity, or null when the diff would exceed the budget. */
function diffAt(left: string, right: string, granularity: Granularity, options: ResolvedOptions): Compared | null {
  const leftTokens = tokenize(left, granularity, options);
  const rightTokens = tokenize(right, granularity, options);
  const [cl, leftKeys] = compared(leftTokens);
  const [cr, rightKeys] = compared(rightTokens);
  const matched = matchTokens(leftKeys, rightKeys, options.maxCost);
  if (!matched) return null;
  const pieces = assemble(left, right, cl, cr, matched, granularity, options);
  const segments = toSegments(left, right, pieces.pieces);
  if (granularity !== "word") return { segments };
  return { segments, leftWords: wordsOf(leftTokens), rightWords: wordsOf(rightTokens) };
}

/** The tokens that take part in the comparison, and their keys. */
function compared(tokens: readonly Token[]): [Token[], string[]] {
  const kept: Token[] = [];
  const keys: string[] = [];
  for (const token of tokens) {
    if (token.key === null) continue;
    kept.push(token);
    keys.push(token.key);
  }
  return [kept, keys];
}

function wordsOf(tokens: readonly Token[]): Int32Array {
  const words: number[] = [];
  for (const token of tokens) if (token.kind === "word") words.push(token.from, token.to);
  return Int32Array.from(words);
}

/**
 * Lay out the pieces. Matched tokens are anchors; between two anchors lies a region of unmatched
 * tokens with whitespace (and ignored punctuation) around them. The whitespace at a region's
 * edges is paired as equal context; its middle is deleted, inserted, moved or refined.
 */
function assemble(
  left: string,
  right: string,
  cl: readonly Token[],
  cr: readonly Token[],
  { match, leftIds, rightIds }: TokenMatch,
  granularity: Granularity,
  options: ResolvedOptions,
): PieceList {
  const n = cl.length;
  const m = cr.length;
  let regions = regionsOf(match, m);

  // Moves, at word and sentence granularity.
  const leftMove = new Int32Array(n);
  const rightMove = new Int32Array(m);
  if (granularity !== "char") {
    const deleted = { ids: [] as number[], words: [] as number[], regions: [] as number[], at: [] as number[] };
    const inserted = { ids: [] as number[], words: [] as number[], regions: [] as number[], at: [] as number[] };
    for (let r = 0; r < regions.length; r += 4) {
      for (let i = regions[r]! + 1; i < regions[r + 1]!; i++) {
        deleted.ids.push(leftIds[i]!);
        deleted.words.push(cl[i]!.words);
        deleted.regions.push(r);
        deleted.at.push(i);
      }
      for (let j = regions[r + 2]! + 1; j < regions[r + 3]!; j++) {
        inserted.ids.push(rightIds[j]!);
        inserted.words.push(cr[j]!.words);
        inserted.regions.push(r);
        inserted.at.push(j);
      }
    }
    const moves = findMoves(deleted, inserted, options.maxCost);
    moves.forEach((move, index) => {
      for (let t = 0; t < move.length; t++) {
        leftMove[deleted.at[move.deletedFrom + t]!] = index + 1;
        rightMove[inserted.at[move.insertedFrom + t]!] = index + 1;
      }
    });
  }

  // Coincidental matches among long changes go (moved words do not count as changed).
  if (dropNoiseMatches(match, weights(cl, leftMove, granularity), weights(cr, rightMove, granularity)) > 0) regions = regionsOf(match, m);

  const out = new PieceList();
  for (let r = 0; r < regions.length; r += 4) {
    const a = regions[r]!;
    const b = regions[r + 1]!;
    const c = regions[r + 2]!;
    const d = regions[r + 3]!;
    if (a >= 0) out.add("equal", cl[a]!.to, cr[c]!.to); // the anchor before the region
    const leftEnd = b < n ? cl[b]!.from : left.length;
    const rightEnd = d < m ? cr[d]!.from : right.length;
    const k = b - a - 1;
    const l = d - c - 1;
    if (k === 0 && l === 0) {
      out.add("equal", leftEnd, rightEnd);
      continue;
    }
    // The stretch of unmatched tokens on each side, and the context before and after it.
    let leftFrom = k > 0 ? cl[a + 1]!.from : leftEnd;
    let leftTo = k > 0 ? cl[b - 1]!.to : leftEnd;
    let rightFrom = l > 0 ? cr[c + 1]!.from : rightEnd;
    let rightTo = l > 0 ? cr[d - 1]!.to : rightEnd;
    if (l === 0) {
      // Only deletions: the right side's whitespace pairs with the left's leading context, or
      // with its trailing context when there is none before ("robbing and" → "robbing, and").
      // With no whitespace on the right, the deletion takes its context along ("[-by context, -]the").
      if (rightEnd === out.right) [leftFrom, leftTo] = [out.left, leftEnd];
      else if (leftFrom > out.left || leftTo === leftEnd) leftTo = leftEnd;
      else leftFrom = out.left;
      rightFrom = rightTo = leftTo === leftEnd ? rightEnd : out.right;
    } else if (k === 0) {
      if (leftEnd === out.left) [rightFrom, rightTo] = [out.right, rightEnd];
      else if (rightFrom > out.right || rightTo === rightEnd) rightTo = rightEnd;
      else rightFrom = out.right;
      leftFrom = leftTo = rightTo === rightEnd ? leftEnd : out.left;
    }
    out.add("equal", leftFrom, rightFrom);

    let refined = null;
    if (k > 0 && l > 0 && granularity !== "char" && !hasMove(leftMove, a + 1, b) && !hasMove(rightMove, c + 1, d)) {
      refined = refineReplacement(left.slice(leftFrom, leftTo), right.slice(rightFrom, rightTo), options);
    }
    if (refined) {
      for (const piece of refined) out.add(piece.op, leftFrom + piece.leftTo, rightFrom + piece.rightTo);
    } else {
      addOneSide(out, cl, leftMove, a + 1, b, leftTo, "delete", "left");
      addOneSide(out, cr, rightMove, c + 1, d, rightTo, "insert", "right");
    }
    out.add("equal", leftEnd, rightEnd);
  }
  return out;
}

/**
 * The regions between matched tokens, four numbers each: the left anchor before (or -1), the
 * left anchor after (or n), the same on the right. A region may be empty on both sides.
 */
function regionsOf(match: Int32Array, m: number): number[] {
  const regions: number[] = [];
  let previousLeft = -1;
  let previousRight = -1;
  for (let i = 0; i < match.length; i++) {
    const j = match[i]!;
    if (j < 0) continue;
    regions.push(previousLeft, i, previousRight, j);
    previousLeft = i;
    previousRight = j;
  }
  regions.push(previousLeft, match.length, previousRight, m);
  return regions;
}

/** What each token weighs when changed: its words (a character at char granularity), nothing when moved. */
function weights(tokens: readonly Token[], moved: Int32Array, granularity: Granularity): Int32Array {
  const out = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) out[i] = moved[i] ? 0 : granularity === "char" ? 1 : tokens[i]!.words;
  return out;
}

/** Add a one-sided piece up to `stop` on `side`. */
function addTo(out: PieceList, side: "left" | "right", op: "equal" | "delete" | "insert" | "move", stop: number, moveId = 0): void {
  if (side === "left") out.add(op, stop, out.right, moveId);
  else out.add(op, out.left, stop, moveId);
}

function hasMove(moves: Int32Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (moves[i]) return true;
  return false;
}

/**
 * Add the unmatched tokens [from, to) of one side up to offset `end`, each as a deletion
 * (insertion) or a move. The whitespace between two tokens goes with the first, except that a
 * deletion takes the whitespace between a move and itself; whitespace before or after a move at
 * the edge of the region is neutral context. So a move's text is the same on both sides.
 */
function addOneSide(
  out: PieceList,
  tokens: readonly Token[],
  moves: Int32Array,
  from: number,
  to: number,
  end: number,
  change: "delete" | "insert",
  side: "left" | "right",
): void {
  for (let t = from; t < to; t++) {
    const moveId = moves[t]!;
    if (t < to - 1 && moves[t + 1] === moveId) continue; // one piece per run of the same kind
    if (!moveId) {
      addTo(out, side, change, t === to - 1 ? end : tokens[t + 1]!.from);
      continue;
    }
    let first = t;
    while (first > from && moves[first - 1] === moveId) first--;
    if (first === from) addTo(out, side, "equal", tokens[first]!.from); // neutral: the whitespace before the region's first move
    if (t === to - 1) {
      addTo(out, side, "move", tokens[t]!.to, moveId);
      addTo(out, side, "equal", end); // neutral: the whitespace after it
    } else addTo(out, side, "move", moves[t + 1] ? tokens[t + 1]!.from : tokens[t]!.to, moveId);
  }
}
