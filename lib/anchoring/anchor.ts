/**
 * Finding a passage again in one provision's text, the way the Hypothesis client's `html.ts`
 * does: trust the position if the quote is still there, else look for the exact words, else for
 * similar words, else say honestly that the passage is lost.
 */
import type { AnchorStatus } from "../annotations/types";
import {
  approxCandidates,
  bestCandidate,
  exactCandidates,
  maxErrorsFor,
  nearCandidates,
  scoreCandidate,
  type Candidate,
} from "./match-quote";
import { checkSelectors, type PassageSelectors } from "./selectors";

/**
 * The lowest score at which a fuzzy match is taken for the passage. Hypothesis accepts any match
 * within its error budget, which puts the floor near 0.5: half the quote's characters wrong and
 * middling context. That is too low here, because deleting a passage leaves its prefix and suffix
 * side by side, so a scrap of the neighbouring words scores 0.6-0.75 on context alone. Measured on
 * the full NSCT (4,000 random passages of 3-25 words, searched within their own provision):
 * passages deleted from the text were wrongly accepted 2.2 % of the time at 0.5, 0.5 % at 0.65
 * and 0.1 % at 0.7; passages with 1-3 words replaced, deleted or inserted were still found (at the
 * right place) 99 % / 97 % / 86 % of the time at 0.65 for passages of 13-25 / 7-12 / 3-6 words,
 * against 98 % / 96 % / 81 % at 0.7, and below 0.65 short edited passages began to be placed on
 * the wrong words (0.9 % of them). 0.65 is where false anchors become rare and short edited
 * passages are still kept; a lost note loses nothing (its words are kept), a misplaced one misleads.
 */
export const DEFAULT_MIN_SCORE = 0.65;

/** Options for anchoring. */
export interface AnchorOptions {
  /** Accept a fuzzy match only at or above this score, in [0, 1]; DEFAULT_MIN_SCORE by default. */
  minScore?: number;
}

/** Where a passage was found in a text: offsets within that text, or -1 for an orphan. */
export interface AnchorResult {
  status: AnchorStatus;
  start: number;
  end: number;
  /** 1 for exact and moved; the match quality in (0, 1) for fuzzy; 0 for an orphan. */
  score: number;
}

/** The result for a passage that could not be found. */
export const ORPHAN: Readonly<AnchorResult> = Object.freeze({ status: "orphan", start: -1, end: -1, score: 0 });

/**
 * Find a passage again in a (possibly changed) text:
 * 1. at its recorded position, if the quote is still there ("exact");
 * 2. the exact quote elsewhere, choosing the occurrence whose prefix and suffix match best and,
 *    among equals, the one nearest the old position ("moved") - at once if its context is the
 *    recorded one;
 * 3. an approximate match of the quote, scored on quote, context and position, accepted at or
 *    above `minScore` ("fuzzy", with the score); when exact copies exist too (a repeated
 *    phrase), only similar words near the old position are looked for, and they must score
 *    higher than the best copy, which is otherwise taken as "moved";
 * 4. else "orphan" (start = end = -1, score 0).
 * Throws a RangeError for an empty or whitespace-only quote, a malformed position or a minScore
 * outside [0, 1].
 */
export function anchorPassage(text: string, selectors: PassageSelectors, options: AnchorOptions = {}): AnchorResult {
  checkSelectors(selectors);
  const minScore = checkMinScore(options.minScore);
  const { quote, position } = selectors;
  const { exact } = quote;

  if (position.end <= text.length && text.slice(position.start, position.end) === exact) {
    return { status: "exact", start: position.start, end: position.end, score: 1 };
  }

  const exactOnes = exactCandidates(text, exact);
  const moved = bestCandidate(text, quote, exactOnes, position.start);
  // The same words with the same context: the text around them shifted, nothing more.
  if (moved && hasItsContext(text, quote, moved)) return { status: "moved", start: moved.start, end: moved.end, score: 1 };

  // Else similar words may still stand in the passage's own context, e.g. a phrase the treaty
  // repeats, edited in this one place: let them compete with the exact copies on the same score.
  const maxErrors = maxErrorsFor(exact);
  const similar = moved ? nearCandidates(text, exact, maxErrors, position.start) : approxCandidates(text, exact, maxErrors, position.start);
  const fuzzy = bestCandidate(text, quote, similar, position.start);
  if (fuzzy && fuzzy.errors > 0 && fuzzy.score >= minScore && (!moved || fuzzy.score > moved.score)) {
    return { status: "fuzzy", start: fuzzy.start, end: fuzzy.end, score: fuzzy.score };
  }
  if (moved) return { status: "moved", start: moved.start, end: moved.end, score: 1 };

  return { ...ORPHAN };
}

/** True when the text either side of a candidate is the recorded prefix and suffix. */
function hasItsContext(text: string, quote: PassageSelectors["quote"], candidate: Candidate): boolean {
  return scoreCandidate(text, quote, candidate) === 1;
}

/** A score threshold option checked and defaulted; a RangeError for anything outside [0, 1]. */
export function checkMinScore(minScore: number | undefined, name = "minScore"): number {
  if (minScore === undefined) return DEFAULT_MIN_SCORE;
  if (typeof minScore !== "number" || !(minScore >= 0 && minScore <= 1)) {
    throw new RangeError(`${name} must be a number from 0 to 1, got ${minScore}`);
  }
  return minScore;
}
