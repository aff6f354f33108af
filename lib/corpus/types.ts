/**
 * The shapes that the corpus parsers produce and the importer stores. Parsers are pure: they
 * take text and return a provision tree; they never touch the file system or the database.
 */

/** Inline formatting kept from the source: italics and bold. */
export type MarkType = "em" | "strong";

/** A mark over `text.slice(from, to)` of the provision that holds it (UTF-16 offsets). */
export interface InlineMark {
  type: MarkType;
  from: number;
  to: number;
}

/** Plain text with its inline marks: what one inline parser returns. */
export interface RichText {
  text: string;
  marks: InlineMark[];
}

/**
 * The structural kinds a provision can have. Treaties use preamble / article / paragraph /
 * point / subpoint / indent; the strategy uses section / subsection / paragraph, with
 * epigraph and figure for its quotations and illustrations.
 */
export type ProvisionKind =
  | "preamble"
  | "article"
  | "paragraph"
  | "point"
  | "subpoint"
  | "indent"
  | "section"
  | "subsection"
  | "epigraph"
  | "figure";

/** One node of an edition's structure. */
export interface ProvisionNode {
  /** Akoma Ntoso-style id, unique within the edition, stable across editions of a document. */
  id: string;
  kind: ProvisionKind;
  /** The number as printed ("1.", "1)", "b)", "i.", "Article 1"), or null when unnumbered. */
  num: string | null;
  /** A human label for citation: "Article 1(1)(1)(b)", "Introduction ¶2". */
  label: string;
  /** A heading or run-in title, when the source gives one; never invented. */
  heading: string | null;
  /** The provision's own text exactly as in the source (for a node with children, its chapeau). */
  text: string;
  /** Italics and bold within `text`. */
  marks: InlineMark[];
  /** 1-based line of the source file where the provision starts. */
  line: number;
  children: ProvisionNode[];
}

/** A problem found while parsing, with the line it was found on (1-based). */
export interface ParseIssue {
  line: number;
  message: string;
}

/** What a parser returns: the tree and any non-fatal warnings. */
export interface ParseResult {
  provisions: ProvisionNode[];
  warnings: ParseIssue[];
}

/**
 * Ids of documents and editions: lower-case letters, digits and hyphens, not starting with a
 * hyphen (`shanghai-convention-2001`, `en-meher`). The id is the folder or file name in the corpus.
 */
export const DOCUMENT_ID = /^[a-z0-9][a-z0-9-]*$/;

/** Ids of provisions, as the treaty parser writes them (`art_1`, `sec_1__para_2`). */
export const PROVISION_ID = /^[A-Za-z0-9_]+$/;

/**
 * A fatal problem in one corpus file. The importer reports it with file and line and goes on
 * with the rest of the corpus.
 */
export class CorpusError extends Error {
  constructor(
    message: string,
    /** 1-based line in the file, when known. */
    readonly line?: number,
    /** The file's path, filled in by whoever read the file. */
    public file?: string,
  ) {
    super(message);
    this.name = "CorpusError";
  }

  /** "texts/x/y.md:12: message", the form editors and terminals link to. */
  describe(): string {
    const where = [this.file, this.line].filter((part) => part !== undefined).join(":");
    return where ? `${where}: ${this.message}` : this.message;
  }
}

/** Visit every node of a tree in document order (pre-order). */
export function* walkProvisions(nodes: readonly ProvisionNode[]): Generator<ProvisionNode> {
  for (const node of nodes) {
    yield node;
    yield* walkProvisions(node.children);
  }
}

/**
 * One block of a source after its format has been read (Markdown, plain text, HTML) and before
 * the structure parser gives it a place in the tree: a heading or a run of text.
 */
export interface SourceBlock {
  type: "heading" | "text";
  /** Heading level (1 = top) for headings; nesting depth of a list item for text, else 0. */
  level: number;
  /** The block's content with its marks; the structure parser reads numbers off its start. */
  rich: RichText;
  /** 1-based source line where the block starts. */
  line: number;
  /** An explicit id (and optional label) given in the source, e.g. Markdown `{#sec_1__para_2}`. */
  id?: string;
  label?: string;
}
