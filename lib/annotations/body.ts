import { Node as PMNode, type Mark } from "prosemirror-model";
import { attrProblem, citationHref, clip, commentSchema, describeType, type CitationAttrs, type LinkAttrs } from "../prosemirror/comment-schema";
import type { BodyJson } from "./types";

/**
 * Comment bodies on the server: validation of the ProseMirror JSON a client sends (with the same
 * schema the editor uses), and its plain-text and Markdown forms for search, CSV and export.
 */

/** Largest body accepted, in bytes of its JSON (UTF-8). */
export const MAX_BODY_BYTES = 65_536;

/**
 * Deepest nesting accepted: a node may have at most this many ancestors (the doc has none, a
 * paragraph directly in it has one). Far beyond any real comment; stops pathological nesting.
 */
export const MAX_BODY_DEPTH = 20;

/** A comment body that cannot be stored, with where (`field`) and why (`message`, for a person). */
export class BodyError extends Error {
  constructor(
    /** Where the problem is, e.g. "body" or "body.content[0].content[2].attrs.href". */
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "BodyError";
  }
}

/** A body larger than MAX_BODY_BYTES (an API answers 413 Payload Too Large). */
export class BodyTooLargeError extends BodyError {
  constructor(
    /** The body's size in bytes of JSON (at least this many when it was cut short). */
    readonly bytes: number,
  ) {
    super("body", `the comment is too long (over ${MAX_BODY_BYTES / 1024} KB); shorten it or split it into several comments`);
    this.name = "BodyTooLargeError";
  }
}

/** Options of validateBody. */
export interface ValidateBodyOptions {
  /** Accept a body without any text (only for deleted notes, whose body may have been cleared). */
  allowEmpty?: boolean;
}

/**
 * Check a comment body sent by a client and return it as a ProseMirror node with its plain text.
 * Throws BodyTooLargeError over MAX_BODY_BYTES, and BodyError when it is not a plain JSON object,
 * does not conform to `commentSchema`, links anywhere but http(s), cites a malformed id, nests
 * deeper than MAX_BODY_DEPTH, or has no text. Unknown node types, marks, attributes and
 * properties (including `__proto__` and `constructor`) are rejected rather than dropped, so that
 * what is stored is exactly what was checked; store `doc.toJSON()`.
 */
export function validateBody(json: unknown, options: ValidateBodyOptions = {}): { doc: PMNode; text: string } {
  if (!isPlainObject(json)) throw new BodyError("body", "a comment body must be a ProseMirror document (a JSON object)");
  let serialized: string | undefined;
  try {
    serialized = JSON.stringify(json);
  } catch (error) {
    // JSON.stringify runs out of stack (RangeError) on thousands of levels; cycles and BigInts are TypeErrors.
    if (error instanceof RangeError) throw new BodyError("body", `the comment is nested too deeply (more than ${MAX_BODY_DEPTH} levels)`);
    throw new BodyError("body", "a comment body must be plain JSON data");
  }
  if (typeof serialized !== "string") throw new BodyError("body", "a comment body must be plain JSON data");
  // UTF-8 never takes fewer bytes than UTF-16 code units, so a long string is too large unencoded.
  if (serialized.length > MAX_BODY_BYTES) throw new BodyTooLargeError(serialized.length);
  const bytes = new TextEncoder().encode(serialized).length;
  if (bytes > MAX_BODY_BYTES) throw new BodyTooLargeError(bytes);

  if (json.type !== "doc") throw new BodyError("body.type", 'a comment body must be a document ({"type": "doc", ...})');
  inspectNode(json, "body", 0);

  let doc: PMNode;
  try {
    doc = PMNode.fromJSON(commentSchema, json);
    doc.check();
  } catch (error) {
    // Not expected after inspectNode, which checks everything ProseMirror checks, with places.
    throw new BodyError("body", error instanceof Error ? error.message : String(error));
  }
  const text = docToPlainText(doc);
  if (!options.allowEmpty && text.trim() === "") throw new BodyError("body", "write something: the comment is empty");
  return { doc, text };
}

const NODE_KEYS = new Set(["type", "attrs", "content", "marks", "text"]);
const MARK_KEYS = new Set(["type", "attrs"]);

/** What each node type holds, for messages about misplaced content. */
const HOLDS: Readonly<Record<string, string>> = {
  doc: "paragraphs, quotations and lists",
  paragraph: "text, line breaks and citations",
  blockquote: "paragraphs, quotations and lists",
  bullet_list: "list items",
  list_item: "a paragraph, then paragraphs, quotations or lists",
};

/** Check one node of raw JSON and its descendants, reporting the first problem with its place. */
function inspectNode(json: unknown, field: string, depth: number): void {
  if (!isPlainObject(json)) throw new BodyError(field, 'expected a node such as {"type": "paragraph"}');
  for (const key of Object.keys(json)) {
    if (!NODE_KEYS.has(key)) throw new BodyError(`${field}.${clip(key)}`, `a node has no property "${clip(key)}"`);
  }
  const typeName = json.type;
  if (typeof typeName !== "string" || !Object.hasOwn(commentSchema.nodes, typeName)) {
    throw new BodyError(`${field}.type`, `unknown kind of content ${typeof typeName === "string" ? `"${clip(typeName)}"` : "(no type)"}; a comment holds paragraphs, quotations, lists, text, line breaks and citations`);
  }
  if (depth > MAX_BODY_DEPTH) throw new BodyError(field, `the comment is nested too deeply (more than ${MAX_BODY_DEPTH} levels)`);
  const type = commentSchema.nodes[typeName]!;

  if (typeName === "text") {
    if (typeof json.text !== "string" || json.text === "") throw new BodyError(`${field}.text`, "a text node needs non-empty text");
  } else if ("text" in json) {
    throw new BodyError(`${field}.text`, `${describeType(typeName)} cannot have text of its own`);
  }

  inspectAttrs(typeName, json.attrs, requiredAttrs(type.spec.attrs), `${field}.attrs`);

  if (json.marks !== undefined) {
    if (!Array.isArray(json.marks)) throw new BodyError(`${field}.marks`, "marks must be a list");
    if (json.marks.length > 0 && !type.isInline) throw new BodyError(`${field}.marks`, `${describeType(typeName)} cannot be bold, italic or a link; only text can`);
    const seen = new Set<string>();
    json.marks.forEach((mark, i) => {
      const markField = `${field}.marks[${i}]`;
      if (!isPlainObject(mark)) throw new BodyError(markField, 'expected a mark such as {"type": "strong"}');
      for (const key of Object.keys(mark)) {
        if (!MARK_KEYS.has(key)) throw new BodyError(`${markField}.${clip(key)}`, `a mark has no property "${clip(key)}"`);
      }
      if (typeof mark.type !== "string" || !Object.hasOwn(commentSchema.marks, mark.type)) {
        throw new BodyError(`${markField}.type`, `unknown kind of formatting ${typeof mark.type === "string" ? `"${clip(mark.type)}"` : "(no type)"}; text can be bold, italic or a link`);
      }
      if (seen.has(mark.type)) throw new BodyError(markField, `text can be ${describeType(mark.type)} only once`);
      seen.add(mark.type);
      const markType = commentSchema.marks[mark.type]!;
      inspectAttrs(mark.type, mark.attrs, requiredAttrs(markType.spec.attrs), `${markField}.attrs`);
    });
  }

  if (json.content === undefined) {
    if (!type.contentMatch.validEnd) throw new BodyError(field, emptyMessage(typeName));
    return;
  }
  if (!Array.isArray(json.content)) throw new BodyError(`${field}.content`, "content must be a list of nodes");
  if (type.isLeaf) {
    if (json.content.length > 0) throw new BodyError(`${field}.content`, `${describeType(typeName)} cannot hold content`);
    return;
  }
  let match: ReturnType<typeof type.contentMatch.matchType> = type.contentMatch;
  json.content.forEach((child, i) => {
    const childField = `${field}.content[${i}]`;
    inspectNode(child, childField, depth + 1);
    const childType = commentSchema.nodes[(child as { type: string }).type]!;
    match = match?.matchType(childType) ?? null;
    if (!match) throw new BodyError(childField, `${describeType(childType.name)} cannot go here; ${describeType(typeName)} holds ${HOLDS[typeName] ?? "nothing"}`);
  });
  if (!match?.validEnd) throw new BodyError(field, emptyMessage(typeName));
}

function emptyMessage(typeName: string): string {
  return typeName === "doc" ? "write something: the comment is empty" : `${describeType(typeName)} is empty; it must hold ${HOLDS[typeName] ?? "something"}`;
}

function requiredAttrs(spec: Record<string, { default?: unknown }> | undefined): string[] {
  return Object.entries(spec ?? {})
    .filter(([, attr]) => !Object.hasOwn(attr, "default"))
    .map(([name]) => name);
}

/** Check a node's or mark's attributes with attrProblem, which also refuses attributes the type does not have. */
function inspectAttrs(typeName: string, attrs: unknown, required: string[], field: string): void {
  if (attrs === undefined) {
    if (required.length > 0) throw new BodyError(field, `${describeType(typeName)} needs its ${required.join(", ")}`);
    return;
  }
  if (!isPlainObject(attrs)) throw new BodyError(field, "attributes must be an object");
  for (const key of Object.keys(attrs)) {
    const problem = attrProblem(typeName, key, attrs[key]);
    if (problem) throw new BodyError(`${field}.${clip(key)}`, problem);
  }
  for (const name of required) {
    if (!Object.hasOwn(attrs, name)) throw new BodyError(`${field}.${name}`, `${describeType(typeName)} needs its ${name}`);
  }
}

/** A JSON object (not an array, null, or an instance of some class). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

// ---------------------------------------------------------------------------------------------
// Plain text and Markdown

/**
 * The plain text of a stored body: paragraphs separated by blank lines, list items prefixed
 * "- " (nested ones indented by two spaces), citations as their label, line breaks as newlines.
 * Throws RangeError when the JSON does not fit the schema.
 */
export function bodyToPlainText(json: BodyJson): string {
  return docToPlainText(PMNode.fromJSON(commentSchema, json));
}

/**
 * The body as Markdown: **bold**, *italic*, [links](https://…), "- " lists, "> " quotations,
 * citations as [label](/documents/…#provision). Text is escaped so that it reads back as the
 * same text. Throws RangeError when the JSON does not fit the schema.
 */
export function bodyToMarkdown(json: BodyJson): string {
  return renderBlocks(PMNode.fromJSON(commentSchema, json), inlineMarkdown, "> ");
}

/** The plain text of a comment document (see bodyToPlainText). */
export function docToPlainText(doc: PMNode): string {
  return renderBlocks(doc, inlinePlain, "");
}

/** Lay out the blocks of a container; `quote` prefixes the lines of a quotation. */
function renderBlocks(container: PMNode, inline: (paragraph: PMNode) => string, quote: string): string {
  const parts: string[] = [];
  container.forEach((block, _offset, i) => {
    const text = renderBlock(block, inline, quote);
    // In a list item, a nested list follows its paragraph directly (a tight list).
    const separator = i === 0 ? "" : container.type.name === "list_item" && block.type.name === "bullet_list" ? "\n" : "\n\n";
    parts.push(separator, text);
  });
  return parts.join("");
}

function renderBlock(block: PMNode, inline: (paragraph: PMNode) => string, quote: string): string {
  switch (block.type.name) {
    case "paragraph":
      return inline(block);
    case "blockquote":
      return prefixLines(renderBlocks(block, inline, quote), quote, quote);
    case "bullet_list": {
      const items: string[] = [];
      block.forEach((item) => items.push(prefixLines(renderBlocks(item, inline, quote), "- ", "  ")));
      return items.join("\n");
    }
    default:
      return renderBlocks(block, inline, quote);
  }
}

/** Prefix the first line with `first` and the others with `rest` (empty lines get it trimmed). */
function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split("\n")
    .map((line, i) => {
      const prefix = i === 0 ? first : rest;
      return line === "" ? prefix.trimEnd() : prefix + line;
    })
    .join("\n");
}

function inlinePlain(paragraph: PMNode): string {
  let text = "";
  paragraph.forEach((node) => {
    if (node.isText) text += node.text ?? "";
    else if (node.type.name === "citation") text += (node.attrs as CitationAttrs).label;
    else if (node.type.name === "hard_break") text += "\n";
  });
  return text;
}

/** Escape Markdown syntax in text so that it reads back literally. */
export function escapeMarkdown(text: string, atLineStart = true): string {
  let escaped = text.replace(/[\\`*_[\]<]/g, "\\$&");
  if (atLineStart) {
    escaped = escaped.replace(/^(\s*)(>|[#+=-](?=\s|$)|\d+[.)](?=\s|$))/, (_all, space: string, marker: string) => `${space}${marker.replace(/^(\d*)(.)$/, "$1\\$2")}`);
  }
  return escaped;
}

interface Piece {
  /** Markdown of the piece itself (escaped text, a citation link, a line break). */
  text: string;
  /** Whether `text` may move whitespace out of its marks. */
  isText: boolean;
  marks: readonly Mark[];
}

function inlineMarkdown(paragraph: PMNode): string {
  const pieces: Piece[] = [];
  let lineStart = true;
  paragraph.forEach((node) => {
    if (node.isText) {
      pieces.push({ text: escapeMarkdown(node.text ?? "", lineStart), isText: true, marks: node.marks });
      lineStart = false;
    } else if (node.type.name === "hard_break") {
      pieces.push({ text: "\\\n", isText: false, marks: node.marks });
      lineStart = true;
    } else if (node.type.name === "citation") {
      const attrs = node.attrs as CitationAttrs;
      const inLink = node.marks.some((mark) => mark.type.name === "link");
      // A link inside a link is not Markdown: a citation under a link mark shows its label only.
      const label = escapeMarkdown(attrs.label, false);
      pieces.push({ text: inLink ? label : `[${label}](${citationHref(attrs)})`, isText: false, marks: node.marks });
      lineStart = false;
    }
  });

  let out = "";
  let active: readonly Mark[] = [];
  let pendingSpace = "";
  const closeTo = (keep: number) => {
    for (let i = active.length - 1; i >= keep; i--) out += closer(active[i]!);
    active = active.slice(0, keep);
  };
  pieces.forEach((piece, index) => {
    let text = piece.text;
    let marks = orderMarks(piece.marks, active, pieces.slice(index + 1));
    // Whitespace alone opens no marks ("** **" is not bold).
    if (piece.isText && text.trim() === "") marks = active.slice(0, commonPrefix(active, marks));
    const keep = commonPrefix(active, marks);
    closeTo(keep);
    out += pendingSpace;
    pendingSpace = "";
    if (piece.isText && marks.length > keep) {
      const lead = /^\s*/.exec(text)![0];
      out += lead;
      text = text.slice(lead.length);
    }
    for (const mark of marks.slice(keep)) out += opener(mark);
    active = marks;
    const next = pieces[index + 1];
    const closesAfter = !next || commonPrefix(active, next.marks) < active.length;
    if (piece.isText && closesAfter && active.length > 0) {
      const trail = /\s*$/.exec(text)![0];
      pendingSpace = trail;
      text = text.slice(0, text.length - trail.length);
    }
    out += text;
  });
  closeTo(0);
  return out + pendingSpace;
}

/**
 * The order to open a piece's marks in: those already open first, in their order (so they stay
 * open), then the new ones, those that go on longest outermost (so they close last).
 */
function orderMarks(marks: readonly Mark[], active: readonly Mark[], following: readonly Piece[]): readonly Mark[] {
  const open = active.filter((mark) => mark.isInSet(marks));
  const reach = (mark: Mark) => {
    const end = following.findIndex((piece) => !mark.isInSet(piece.marks));
    return end < 0 ? following.length : end;
  };
  const fresh = marks.filter((mark) => !mark.isInSet(active)).sort((a, b) => reach(b) - reach(a));
  return [...open, ...fresh];
}

function commonPrefix(a: readonly Mark[], b: readonly Mark[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i]!.eq(b[i]!)) i++;
  return i;
}

function opener(mark: Mark): string {
  return mark.type.name === "strong" ? "**" : mark.type.name === "em" ? "*" : "[";
}

function closer(mark: Mark): string {
  if (mark.type.name === "strong") return "**";
  if (mark.type.name === "em") return "*";
  const { href, title } = mark.attrs as LinkAttrs;
  const target = href.trim().replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return title ? `](${target} "${title.replace(/["\\]/g, "\\$&")}")` : `](${target})`;
}
