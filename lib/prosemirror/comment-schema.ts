import { Schema, type DOMOutputSpec } from "prosemirror-model";
import type { BodyJson } from "../annotations/types";
import { DOCUMENT_ID, PROVISION_ID } from "../corpus/types";

/**
 * The ProseMirror schema of comment bodies: the one the editor edits and the one the server
 * validates stored JSON with (`lib/annotations/body.ts`), so that the two can never disagree.
 * Paragraphs, quotations and bullet lists hold text with bold, italic and links, line breaks and
 * citations of a provision. Every `toDOM` returns an array spec (never a DOM node) because the
 * server turns the same specs into React elements.
 *
 * Attribute values are checked by the schema itself (`validate`), so a link to `javascript:` or a
 * citation with a malformed id cannot be created by the editor, by pasting, or by `Node.fromJSON`.
 */

/** Longest document or edition id a citation may name. */
export const MAX_CITATION_ID_LENGTH = 100;

/** Longest provision id a citation may name. */
export const MAX_CITATION_PROVISION_LENGTH = 200;

/** Longest visible label of a citation, in UTF-16 code units. */
export const MAX_CITATION_LABEL_LENGTH = 200;

/** Longest link address, in UTF-16 code units (the practical limit of browsers and servers). */
export const MAX_HREF_LENGTH = 2048;

/** Longest link title, in UTF-16 code units. */
export const MAX_LINK_TITLE_LENGTH = 500;

/** The attributes of a `citation` node: a provision of a document, optionally in one edition. */
export interface CitationAttrs {
  document: string;
  edition: string | null;
  provision: string;
  /** What the reader sees, e.g. "Article 2(1)". */
  label: string;
}

/** The attributes of a `link` mark. */
export interface LinkAttrs {
  href: string;
  title: string | null;
}

// Any C0 control character, DEL, or whitespace: none belongs inside a link address (a real
// space is written %20), and browsers silently drop some of them ("java\tscript:").
const UNSAFE_HREF_CHARACTER = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * Whether a link address may be stored and rendered: an absolute http: or https: URL (after
 * trimming surrounding spaces) that `new URL()` accepts. Everything else is refused —
 * `javascript:`, `data:`, `vbscript:`, relative and protocol-relative addresses, and addresses
 * hiding control characters. Strings are taken literally (JSON does not decode HTML entities).
 */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== "string" || href.length > MAX_HREF_LENGTH) return false;
  const trimmed = href.trim();
  if (!/^https?:\/\//i.test(trimmed) || UNSAFE_HREF_CHARACTER.test(trimmed)) return false;
  try {
    const url = new URL(trimmed);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

/**
 * What is wrong with one attribute value of a node or mark of this schema, as a sentence a person
 * can act on, or null when the value is acceptable. `type` is a node or mark type name. Unknown
 * attributes are reported too; the schema's `validate` hooks and the server's validation of
 * stored bodies both use this.
 */
export function attrProblem(type: string, attr: string, value: unknown): string | null {
  const rules = Object.hasOwn(ATTR_RULES, type) ? ATTR_RULES[type]! : {};
  const rule = Object.hasOwn(rules, attr) ? rules[attr] : undefined;
  if (!rule) return `${describeType(type)} has no attribute "${clip(attr)}"`;
  return rule(value);
}

type AttrRule = (value: unknown) => string | null;

const id = (what: string, pattern: RegExp, max: number, example: string): AttrRule => (value) =>
  typeof value === "string" && value.length <= max && pattern.test(value) ? null : `a citation's ${what} must be an id such as ${example} (at most ${max} characters)`;

const ATTR_RULES: Readonly<Record<string, Readonly<Record<string, AttrRule>>>> = {
  citation: {
    document: id("document", DOCUMENT_ID, MAX_CITATION_ID_LENGTH, "shanghai-convention-2001"),
    edition: (value) => (value === null ? null : id("edition", DOCUMENT_ID, MAX_CITATION_ID_LENGTH, "en-1")(value)),
    provision: id("provision", PROVISION_ID, MAX_CITATION_PROVISION_LENGTH, "art_1"),
    label: (value) =>
      typeof value === "string" && value.trim() !== "" && value.length <= MAX_CITATION_LABEL_LENGTH
        ? null
        : `a citation's label must be text of 1 to ${MAX_CITATION_LABEL_LENGTH} characters`,
  },
  link: {
    href: (value) => (isSafeHref(value) ? null : "a link must go to a full http:// or https:// address"),
    title: (value) =>
      value === null || (typeof value === "string" && value.length <= MAX_LINK_TITLE_LENGTH)
        ? null
        : `a link's title must be text of at most ${MAX_LINK_TITLE_LENGTH} characters`,
  },
};

/** A schema `validate` hook that throws a RangeError with the problem's sentence. */
function validator(type: string, attr: string): (value: unknown) => void {
  return (value) => {
    const problem = attrProblem(type, attr, value);
    if (problem) throw new RangeError(problem);
  };
}

/** The reader address a citation points to: `/documents/{document}[/editions/{edition}]#{provision}`. */
export function citationHref(attrs: Pick<CitationAttrs, "document" | "edition" | "provision">): string {
  const edition = attrs.edition ? `/editions/${attrs.edition}` : "";
  return `/documents/${attrs.document}${edition}#${attrs.provision}`;
}

/** The schema of comment bodies, shared by the editor and the server. */
export const commentSchema = new Schema({
  nodes: {
    doc: { content: "block+" },
    paragraph: {
      content: "inline*",
      group: "block",
      toDOM: (): DOMOutputSpec => ["p", 0],
      parseDOM: [{ tag: "p" }],
    },
    blockquote: {
      content: "block+",
      group: "block",
      defining: true,
      toDOM: (): DOMOutputSpec => ["blockquote", 0],
      parseDOM: [{ tag: "blockquote" }],
    },
    // Named as in prosemirror-schema-list so that its commands (wrapInList, splitListItem, ...)
    // work; there is one kind of list, so numbered lists are pasted as bullet lists.
    bullet_list: {
      content: "list_item+",
      group: "block",
      toDOM: (): DOMOutputSpec => ["ul", 0],
      parseDOM: [{ tag: "ul" }, { tag: "ol" }],
    },
    list_item: {
      content: "paragraph block*",
      defining: true,
      toDOM: (): DOMOutputSpec => ["li", 0],
      parseDOM: [{ tag: "li" }],
    },
    text: { group: "inline" },
    hard_break: {
      inline: true,
      group: "inline",
      selectable: false,
      leafText: () => "\n",
      toDOM: (): DOMOutputSpec => ["br"],
      parseDOM: [{ tag: "br" }],
    },
    citation: {
      inline: true,
      group: "inline",
      atom: true,
      attrs: {
        document: { validate: validator("citation", "document") },
        edition: { default: null, validate: validator("citation", "edition") },
        provision: { validate: validator("citation", "provision") },
        label: { validate: validator("citation", "label") },
      },
      leafText: (node) => (node.attrs as CitationAttrs).label,
      toDOM(node): DOMOutputSpec {
        const attrs = node.attrs as CitationAttrs;
        return [
          "a",
          {
            class: "citation",
            href: citationHref(attrs),
            "data-document": attrs.document,
            ...(attrs.edition ? { "data-edition": attrs.edition } : {}),
            "data-provision": attrs.provision,
          },
          attrs.label,
        ];
      },
      parseDOM: [
        {
          tag: "a.citation",
          // Before the link mark's rule, which would otherwise see a relative href and drop it.
          priority: 60,
          getAttrs(dom) {
            const attrs: CitationAttrs = {
              document: dom.getAttribute("data-document") ?? "",
              edition: dom.getAttribute("data-edition") || null,
              provision: dom.getAttribute("data-provision") ?? "",
              label: (dom.textContent ?? "").trim(),
            };
            const valid = Object.entries(attrs).every(([name, value]) => attrProblem("citation", name, value) === null);
            return valid ? { ...attrs } : false;
          },
        },
      ],
    },
  },
  marks: {
    link: {
      attrs: {
        href: { validate: validator("link", "href") },
        title: { default: null, validate: validator("link", "title") },
      },
      inclusive: false,
      toDOM(mark): DOMOutputSpec {
        const { href, title } = mark.attrs as LinkAttrs;
        return ["a", { href: href.trim(), ...(title ? { title } : {}), rel: "noopener noreferrer nofollow" }, 0];
      },
      parseDOM: [
        {
          tag: "a[href]",
          // A pasted link to anything but http(s) keeps its text and loses the link.
          getAttrs(dom) {
            const href = dom.getAttribute("href");
            if (!isSafeHref(href)) return false;
            const title = dom.getAttribute("title");
            return { href: href.trim(), title: title && title.length <= MAX_LINK_TITLE_LENGTH ? title : null };
          },
        },
      ],
    },
    em: {
      toDOM: (): DOMOutputSpec => ["em", 0],
      parseDOM: [{ tag: "i" }, { tag: "em" }, { style: "font-style=italic" }, { style: "font-style=normal", clearMark: (m) => m.type.name === "em" }],
    },
    strong: {
      toDOM: (): DOMOutputSpec => ["strong", 0],
      parseDOM: [
        { tag: "strong" },
        // Google Docs wraps whole documents in <b style="font-weight: normal">.
        { tag: "b", getAttrs: (dom) => dom.style.fontWeight !== "normal" && null },
        { style: "font-weight=400", clearMark: (m) => m.type.name === "strong" },
        { style: "font-weight", getAttrs: (value) => /^(bold(er)?|[5-9]\d{2,})$/.test(value) && null },
      ],
    },
  },
});

/** A person-readable name of a node or mark type ("a quotation"), for error messages. */
export function describeType(type: string): string {
  return Object.hasOwn(TYPE_NAMES, type) ? TYPE_NAMES[type]! : `"${clip(type)}"`;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  doc: "the comment",
  paragraph: "a paragraph",
  blockquote: "a quotation",
  bullet_list: "a list",
  list_item: "a list item",
  text: "text",
  hard_break: "a line break",
  citation: "a citation",
  link: "a link",
  em: "italic",
  strong: "bold",
};

/** Text quoted in an error message, cut to 40 characters (a key or type name may be anything a client sent). */
export function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The body of a new, empty comment: one empty paragraph (what the editor starts with). */
export function emptyBody(): BodyJson {
  return { type: "doc", content: [{ type: "paragraph" }] };
}
