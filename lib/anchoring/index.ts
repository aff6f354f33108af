/**
 * Anchoring notes to treaty text: selectors that describe a passage, and carrying notes to a new
 * edition (each found exact, moved, fuzzy or lost). The search itself lives in `anchor.ts` and
 * `match-quote.ts`.
 */
export {
  carryOver,
  type CarryOptions,
  type CarryReport,
  type CarryResult,
  type EditionProvision,
  type EditionText,
} from "./carry-over";
export { describePassage, type PassageSelectors } from "./selectors";
