/**
 * Aligning provisions for the compare view: by id across editions of one document, through
 * curated crosswalks across documents, and machine suggestions where no one has curated a pair.
 */
export {
  assertFlatList,
  flattenTree,
  formatProvisionRef,
  parentIndexes,
  parseProvisionRef,
  subtreeOf,
  type AlignedRow,
  type AlignmentKind,
  type AlignProvision,
  type CrosswalkEntry,
  type ProvisionRef,
  type TreeLike,
} from "./types";
export { alignByProvisionId } from "./by-id";
export { alignmentKinds, alignThroughCrosswalk, CrosswalkError, crosswalkEntrySchema, crosswalkRow, entriesFor, orient, parseCrosswalk } from "./crosswalk";
export { alignSides, type CompareRows, type CompareSide } from "./rows";
export {
  buildSimilarityIndex,
  MIN_SUGGESTED_WORDS,
  UNSUGGESTED_KINDS,
  STOP_WORDS,
  suggest,
  tokenize,
  type SimilarityIndex,
  type SimilarityItem,
  type Suggestion,
  type SuggestOptions,
} from "./similarity";
