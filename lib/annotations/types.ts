/**
 * The shapes of a note (an annotation) as the domain logic sees them, independent of the
 * database and of HTTP. Selectors follow the W3C Web Annotation model so that a note survives a
 * new edition of its text.
 */

/** Who may read a note: its author only, everyone, or the members of one seminar. */
export type Visibility = "private" | "public" | "seminar";

/** W3C TextQuoteSelector: the exact passage with up to ~32 characters of context each side. */
export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: offsets within the provision's own text (UTF-16, `end` exclusive). */
export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

/**
 * How a target was found in its text: at its recorded position (exact), the same words
 * elsewhere (moved), similar words (fuzzy, with a score), or not at all (orphan).
 */
export type AnchorStatus = "exact" | "moved" | "fuzzy" | "orphan";

/** Where a target stands now. For an orphan, start and end are -1. */
export interface Anchor {
  status: AnchorStatus;
  /** The provision the passage was found in (may differ from the original after carrying over). */
  provision: string;
  start: number;
  end: number;
  /** 1 for exact and moved; the match quality in (0, 1) for fuzzy; 0 for an orphan. */
  score: number;
}

/** One passage a note is about, in one edition of one document. */
export interface NoteTarget {
  document: string;
  edition: string;
  /** The provision the passage was selected in. */
  provision: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** How the passage is anchored in this edition. */
  anchor: Anchor;
}

/** A ProseMirror document as JSON (the comment body). */
export interface BodyJson {
  type: "doc";
  content?: unknown[];
}

/** A note with everything export and display need. */
export interface NoteRecord {
  id: string;
  author: { id: string; name: string };
  /** W3C motivation: commenting for notes, replying for replies, classifying for codings. */
  motivation: "commenting" | "replying" | "classifying";
  /** For a coding: the codebook and the elements it applies. */
  codes?: { codebookId: string; codes: string[] };
  body: BodyJson;
  /** The body as plain text (for CSV, search and previews). */
  bodyText: string;
  tags: string[];
  visibility: Visibility;
  seminarId: string | null;
  inReplyTo: string | null;
  targets: NoteTarget[];
  created: string;
  modified: string;
  version: number;
  /** Soft-deleted by its author: kept, shown as "deleted", body hidden. */
  deleted: boolean;
}
