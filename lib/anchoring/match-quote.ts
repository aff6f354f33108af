/**
 * Finding a quote in a text that may have changed since the quote was taken, and scoring each
 * place it could be, after the Hypothesis client's `match-quote.ts`. Exact occurrences come from
 * `indexOf`; approximate ones from approx-string-match (Myers' bit-parallel algorithm), which
 * reports only the occurrences with the fewest errors.
 */
import approxSearch from "approx-string-match";
import type { TextQuoteSelector } from "../annotations/types";
import { CONTEXT_LENGTH } from "./selectors";

/*
 * How much each piece of evidence counts when choosing where a quote is (Hypothesis' values):
 *
 * - The quote, 50: the words a scholar selected are the passage; if they are not (nearly) there,
 *   nothing else makes it the passage. Worth more than both contexts together, so a candidate
 *   with the right words and strange surroundings beats one with the right surroundings and
 *   strange words.
 * - Prefix 20, suffix 20: the 32 characters each side are what tell apart a phrase a treaty
 *   repeats in every point ("combating terrorism, separatism, and extremism"). Equal to each
 *   other because an edition is as likely to change the text before a passage as after it.
 * - Position, 2: only a tie-breaker between otherwise equal candidates. Editions insert and
 *   delete text, so an old offset says little; and it is scaled by the text's length, so even a
 *   candidate at the far end loses at most 2 of 92 points. Where a phrase repeats with the same
 *   context (identical items of a list), nearness is all that is left to go on.
 *
 * With no position to compare with (a search across the provisions of a whole edition) the
 * position weight is left out of both the score and its maximum, so scores stay in (0, 1].
 */

/** Weight of the quote's own similarity: the words are the passage. */
export const QUOTE_WEIGHT = 50;
/** Weight of the text before the candidate: disambiguates repeated phrases. */
export const PREFIX_WEIGHT = 20;
/** Weight of the text after the candidate: disambiguates repeated phrases. */
export const SUFFIX_WEIGHT = 20;
/** Weight of nearness to the old position: a tie-breaker, since editions shift text. */
export const POSITION_WEIGHT = 2;

/**
 * Ceiling on the errors allowed in a fuzzy search. The search costs O(maxErrors / 32 × text
 * length), so the ceiling keeps a whole-paragraph quote affordable across a whole edition; the
 * price is that a very long passage rewritten by more than 256 characters is reported lost.
 */
export const MAX_ERRORS_CEILING = 256;

/** A place a quote may be: `text.slice(start, end)` with `errors` edits from the quote. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** A candidate with its score in (0, 1]; 1 only for the exact words in their recorded context (and place, given a hint). */
export interface ScoredCandidate extends Candidate {
  score: number;
}

/**
 * The most edits a fuzzy match of `exact` may have: half its length (so at least half the
 * characters agree, and a two-word quote cannot match any two words) up to MAX_ERRORS_CEILING.
 */
export function maxErrorsFor(exact: string): number {
  return Math.min(MAX_ERRORS_CEILING, Math.floor(exact.length / 2));
}

/**
 * Every occurrence of `exact` in `text`, overlapping ones included, as zero-error candidates.
 * The cheap first look, before any fuzzy search.
 */
export function exactCandidates(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  if (exact === "") return found;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

/**
 * Approximate occurrences of `exact` with at most `maxErrors` edits. approx-string-match
 * returns only the occurrences with the fewest errors in the whole text; when a `hint` is given
 * the best ones near it are added too (see nearCandidates).
 */
export function approxCandidates(text: string, exact: string, maxErrors: number, hint?: number): Candidate[] {
  if (exact === "" || text === "") return [];
  const found: Candidate[] = approxSearch(text, exact, maxErrors);
  if (hint === undefined) return found;
  for (const near of nearCandidates(text, exact, maxErrors, hint)) {
    if (!found.some((c) => c.start === near.start && c.end === near.end)) found.push(near);
  }
  return found;
}

/**
 * The best approximate occurrences of `exact` that start near `hint` (within the error budget
 * plus one context length), so that an edited passage still in its old place can win on context
 * over a closer copy of a formula repeated elsewhere, which a whole-text search would report alone.
 */
export function nearCandidates(text: string, exact: string, maxErrors: number, hint: number): Candidate[] {
  if (exact === "" || text === "") return [];
  const margin = maxErrors + CONTEXT_LENGTH;
  const from = Math.max(0, Math.min(text.length, hint - margin));
  const to = Math.min(text.length, hint + exact.length + margin);
  if (to <= from) return [];
  return approxSearch(text.slice(from, to), exact, maxErrors).map((near) => ({
    start: near.start + from,
    end: near.end + from,
    errors: near.errors,
  }));
}

/**
 * How well `actual` matches `expected`, in [0, 1]: 1 minus the edits of the best approximate
 * occurrence of `expected` in `actual`, over its length. No expectation (an empty context, as at
 * the start of a text) is no evidence against, so it scores 1.
 */
export function contextScore(actual: string, expected: string): number {
  if (expected === "" || actual === expected) return 1;
  if (actual === "") return 0;
  const best = approxSearch(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

/**
 * Stands for the edge of the text in context comparisons. A prefix or suffix shorter than
 * CONTEXT_LENGTH was cut short by the edge of the provision, and that edge is evidence too: a
 * passage that opened its provision should not score a perfect prefix in the middle of another.
 */
const EDGE = "\u0002";

/**
 * Score one candidate in `text` against the quote selector: QUOTE_WEIGHT for the words,
 * PREFIX_WEIGHT and SUFFIX_WEIGHT for the context either side (including, for short context, the
 * edge of the text), POSITION_WEIGHT for nearness to `hint` (left out when there is no hint),
 * normalised to (0, 1].
 */
export function scoreCandidate(text: string, quote: TextQuoteSelector, candidate: Candidate, hint?: number): number {
  const quoteScore = 1 - candidate.errors / quote.exact.length;
  let raw = QUOTE_WEIGHT * quoteScore;
  raw += PREFIX_WEIGHT * contextScore(before(text, candidate.start, quote.prefix), withEdge(quote.prefix, "before"));
  raw += SUFFIX_WEIGHT * contextScore(after(text, candidate.end, quote.suffix), withEdge(quote.suffix, "after"));
  let max = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT;
  if (hint !== undefined) {
    const distance = Math.abs(candidate.start - hint);
    raw += POSITION_WEIGHT * Math.max(0, 1 - distance / Math.max(1, text.length));
    max += POSITION_WEIGHT;
  }
  return raw / max;
}

/** The recorded context, with the edge marked where the context was cut short by it. */
function withEdge(context: string, side: "before" | "after"): string {
  if (context.length >= CONTEXT_LENGTH) return context;
  return side === "before" ? EDGE + context : context + EDGE;
}

/** The text before `start`, as long as the expected context (plus the edge when it is reached). */
function before(text: string, start: number, prefix: string): string {
  const want = prefix.length < CONTEXT_LENGTH ? prefix.length + 1 : prefix.length;
  return start - want < 0 ? EDGE + text.slice(0, start) : text.slice(start - want, start);
}

/** The text after `end`, as long as the expected context (plus the edge when it is reached). */
function after(text: string, end: number, suffix: string): string {
  const want = suffix.length < CONTEXT_LENGTH ? suffix.length + 1 : suffix.length;
  return end + want > text.length ? text.slice(end) + EDGE : text.slice(end, end + want);
}

/**
 * The best-scoring candidate, or null when there are none. Ties go to the earlier candidate, so
 * the choice does not depend on the order the searches reported them in.
 */
export function bestCandidate(
  text: string,
  quote: TextQuoteSelector,
  candidates: readonly Candidate[],
  hint?: number,
): ScoredCandidate | null {
  let best: ScoredCandidate | null = null;
  for (const candidate of candidates) {
    const score = scoreCandidate(text, quote, candidate, hint);
    if (!best || score > best.score || (score === best.score && candidate.start < best.start)) {
      best = { start: candidate.start, end: candidate.end, errors: candidate.errors, score };
    }
  }
  return best;
}
