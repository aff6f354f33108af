/**
 * Word-level comparison of two texts for the side-by-side view: segments that cover both texts,
 * moves, spelling variants refined to the letters that differ, and word statistics.
 */
export { DEFAULT_MAX_COST, diffTexts } from "./diff";
export { MIN_MOVE_WORDS } from "./moves";
export { mergeStats } from "./stats";
export { tokenize } from "./tokenize";
export {
  GRANULARITIES,
  type DiffOptions,
  type DiffResult,
  type DiffStats,
  type Granularity,
  type Range,
  type Segment,
  type SegmentOp,
  type Token,
  type TokenKind,
  type TokenOptions,
} from "./types";
