/**
 * Carrying notes over to another edition of their document: each target is looked for first in
 * the provision with the same id, then across the whole edition, and the outcome is recorded in
 * a new target beside the original selectors, so the words a scholar annotated are never lost.
 */
import type { Anchor, AnchorStatus, NoteTarget } from "../annotations/types";
import { anchorPassage, checkMinScore, type AnchorOptions } from "./anchor";
import {
  approxCandidates,
  bestCandidate,
  exactCandidates,
  maxErrorsFor,
  type Candidate,
  type ScoredCandidate,
} from "./match-quote";
import { checkSelectors } from "./selectors";

/** One provision of an edition: its id and its own text. */
export interface EditionProvision {
  id: string;
  text: string;
}

/** The edition notes are carried to: its id and its provisions in document order. */
export interface EditionText {
  edition: string;
  provisions: readonly EditionProvision[];
}

/**
 * The lowest score for a fuzzy match found outside the target's own provision. Higher than
 * DEFAULT_MIN_SCORE because the whole edition offers some 160 times more places for a treaty
 * formula to recur by chance ("the National Strategy for ...", "friends and allies"): on the
 * full NSCT, passages deleted from their provision were wrongly found elsewhere 2.3 % of the time
 * at 0.65, 1.1 % at 0.7 and 0.5 % at 0.75 (the same rate as within one provision at 0.65).
 */
export const ELSEWHERE_MIN_SCORE = 0.75;

/** Options for carrying targets over. */
export interface CarryOptions extends AnchorOptions {
  /**
   * The lowest score for a fuzzy match in another provision, in [0, 1]; by default the larger of
   * minScore and ELSEWHERE_MIN_SCORE.
   */
  elsewhereMinScore?: number;
}

/** The two thresholds, checked. */
interface Thresholds {
  own: number;
  elsewhere: number;
}

/** How many targets ended up in each state. */
export type CarryReport = Record<AnchorStatus, number>;

/** What carryOver returns: the new targets, in the order given, and the counts. */
export interface CarryResult {
  targets: NoteTarget[];
  report: CarryReport;
}

/**
 * Between provisions in the concatenated text. A character no treaty text contains, so an
 * exact quote never spans two provisions and a fuzzy one pays an error for trying.
 */
const BOUNDARY = "\u0000";

/** An edition prepared once for many searches. */
interface EditionIndex {
  byId: Map<string, EditionProvision>;
  provisions: readonly EditionProvision[];
  /** Every provision's text, joined by BOUNDARY, for one search over the whole edition. */
  whole: string;
  /** Where each provision's text starts in `whole`. */
  offsets: number[];
}

/** Indexes built for edition objects already seen, so carryTarget in a loop indexes once. */
const indexes = new WeakMap<EditionText, EditionIndex>();

/**
 * Anchor a target in another edition of its document: in the provision with the same id first
 * (exact at the position, moved, fuzzy), then across the whole edition (the exact words in any
 * provision are "moved", similar words "fuzzy"). Returns a new target for the new edition with the
 * original provision and selectors and an `anchor` saying where, and how well, the passage was
 * found; an orphan keeps the original provision with start = end = -1. When the provision gives
 * only a fuzzy match but the exact words stand in another provision with context that scores
 * better, the passage is taken to have moved there. The edition is indexed once per edition
 * object, so treat it as immutable while carrying.
 */
export function carryTarget(target: NoteTarget, edition: EditionText, options: CarryOptions = {}): NoteTarget {
  return carry(target, indexFor(edition), edition.edition, thresholds(options));
}

/**
 * Carry many targets over to one edition and count the outcomes: the report is what an editor
 * reads before publishing a new edition ("12 notes moved, 3 lost").
 */
export function carryOver(targets: readonly NoteTarget[], edition: EditionText, options: CarryOptions = {}): CarryResult {
  const index = indexFor(edition);
  const limits = thresholds(options);
  const report: CarryReport = { exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
  const carried = targets.map((target) => {
    const next = carry(target, index, edition.edition, limits);
    report[next.anchor.status]++;
    return next;
  });
  return { targets: carried, report };
}

/** The options' thresholds, checked and defaulted. */
function thresholds(options: CarryOptions): Thresholds {
  const own = checkMinScore(options.minScore);
  const elsewhere =
    options.elsewhereMinScore === undefined ? Math.max(own, ELSEWHERE_MIN_SCORE) : checkMinScore(options.elsewhereMinScore, "elsewhereMinScore");
  return { own, elsewhere };
}

/** One target: its own provision, then exact words elsewhere, then similar words anywhere. */
function carry(target: NoteTarget, index: EditionIndex, edition: string, limits: Thresholds): NoteTarget {
  const selectors = { quote: target.quote, position: target.position };
  checkSelectors(selectors);
  const own = index.byId.get(target.provision);
  let anchor: Anchor = { status: "orphan", provision: target.provision, start: -1, end: -1, score: 0 };

  if (own) {
    const found = anchorPassage(own.text, selectors, { minScore: limits.own });
    if (found.status !== "orphan") anchor = { ...found, provision: own.id };
  }
  if (anchor.status === "exact" || anchor.status === "moved") return carried(target, edition, anchor);

  // The exact words in another provision (a paragraph moved or renumbered), chosen by context.
  const elsewhere = bestIn(index, exactCandidates(index.whole, target.quote.exact), target);
  if (elsewhere && (anchor.status === "orphan" || elsewhere.score > anchor.score)) {
    return carried(target, edition, { status: "moved", provision: elsewhere.provision, start: elsewhere.start, end: elsewhere.end, score: 1 });
  }
  if (anchor.status === "fuzzy") return carried(target, edition, anchor);

  // Similar words anywhere in the edition.
  const exact = target.quote.exact;
  const fuzzy = bestIn(index, approxCandidates(index.whole, exact, maxErrorsFor(exact)), target);
  if (fuzzy && fuzzy.score >= limits.elsewhere) {
    anchor = { status: "fuzzy", provision: fuzzy.provision, start: fuzzy.start, end: fuzzy.end, score: fuzzy.score };
  }
  return carried(target, edition, anchor);
}

/** The new target: same document, provision and selectors, the new edition and anchor. */
function carried(target: NoteTarget, edition: string, anchor: Anchor): NoteTarget {
  return {
    document: target.document,
    edition,
    provision: target.provision,
    quote: { ...target.quote },
    position: { ...target.position },
    anchor,
  };
}

/**
 * The best of candidates found in the concatenated text, each scored within its own provision
 * (offsets, prefix and suffix never reach into a neighbour). A fuzzy candidate that straddles a
 * boundary is searched for again inside the provision holding most of it. No position hint:
 * offsets in another provision say nothing.
 */
function bestIn(index: EditionIndex, candidates: readonly Candidate[], target: NoteTarget): (ScoredCandidate & { provision: string }) | null {
  const perProvision = new Map<number, Candidate[]>();
  const add = (at: number, candidate: Candidate) => {
    const list = perProvision.get(at);
    if (list) list.push(candidate);
    else perProvision.set(at, [candidate]);
  };
  const searchedAgain = new Set<number>();
  for (const candidate of candidates) {
    const at = provisionAt(index.offsets, candidate.start);
    const offset = index.offsets[at]!;
    const text = index.provisions[at]!.text;
    const start = candidate.start - offset;
    const end = candidate.end - offset;
    if (start >= 0 && end <= text.length) {
      add(at, { start, end, errors: candidate.errors });
      continue;
    }
    // Straddles a boundary: look again inside the provision holding most of the candidate.
    const home = mostOverlap(index, candidate, at);
    if (searchedAgain.has(home)) continue;
    searchedAgain.add(home);
    const homeText = index.provisions[home]!.text;
    for (const again of approxCandidates(homeText, target.quote.exact, maxErrorsFor(target.quote.exact))) add(home, again);
  }
  let best: (ScoredCandidate & { provision: string }) | null = null;
  for (const [at, list] of perProvision) {
    const provision = index.provisions[at]!;
    const scored = bestCandidate(provision.text, target.quote, list);
    if (scored && (!best || scored.score > best.score)) best = { ...scored, provision: provision.id };
  }
  return best;
}

/** Of the provisions from `first` on that a candidate overlaps, the one it overlaps most. */
function mostOverlap(index: EditionIndex, candidate: Candidate, first: number): number {
  let best = first;
  let most = -1;
  for (let at = first; at < index.provisions.length && index.offsets[at]! < candidate.end; at++) {
    const from = index.offsets[at]!;
    const overlap = Math.min(candidate.end, from + index.provisions[at]!.text.length) - Math.max(candidate.start, from);
    if (overlap > most) {
      most = overlap;
      best = at;
    }
  }
  return best;
}

/** The index of the provision whose text contains (or whose boundary follows) `offset`. */
function provisionAt(offsets: readonly number[], offset: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (offsets[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The edition's index, built on first use. */
function indexFor(edition: EditionText): EditionIndex {
  let index = indexes.get(edition);
  if (!index) {
    index = buildIndex(edition);
    indexes.set(edition, index);
  }
  return index;
}

/** Map by id and one concatenated text; a RangeError for a duplicate id (ids are unique per edition). */
function buildIndex(edition: EditionText): EditionIndex {
  if (!edition || !Array.isArray(edition.provisions)) throw new RangeError("the edition must have a list of provisions");
  const byId = new Map<string, EditionProvision>();
  const offsets: number[] = [];
  let length = 0;
  for (const provision of edition.provisions) {
    if (byId.has(provision.id)) throw new RangeError(`provision id ${provision.id} occurs twice in edition ${edition.edition}`);
    byId.set(provision.id, provision);
    offsets.push(length);
    length += provision.text.length + BOUNDARY.length;
  }
  const whole = edition.provisions.map((provision) => provision.text).join(BOUNDARY);
  return { byId, provisions: edition.provisions, whole, offsets };
}
