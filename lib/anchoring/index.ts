/**
 * Anchoring notes to treaty text: selectors that describe a passage, the search that finds it
 * again in a changed text (exact, moved, fuzzy or orphan), and carrying notes to a new edition.
 */
export { anchorPassage, checkMinScore, DEFAULT_MIN_SCORE, ORPHAN, type AnchorOptions, type AnchorResult } from "./anchor";
export {
  carryOver,
  carryTarget,
  ELSEWHERE_MIN_SCORE,
  type CarryOptions,
  type CarryReport,
  type CarryResult,
  type EditionProvision,
  type EditionText,
} from "./carry-over";
export {
  approxCandidates,
  bestCandidate,
  contextScore,
  exactCandidates,
  MAX_ERRORS_CEILING,
  maxErrorsFor,
  nearCandidates,
  POSITION_WEIGHT,
  PREFIX_WEIGHT,
  QUOTE_WEIGHT,
  scoreCandidate,
  SUFFIX_WEIGHT,
  type Candidate,
  type ScoredCandidate,
} from "./match-quote";
export { checkSelectors, CONTEXT_LENGTH, describePassage, type PassageSelectors } from "./selectors";
