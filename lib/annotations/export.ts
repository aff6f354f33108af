import { z } from "zod";
import { DOCUMENT_ID, PROVISION_ID } from "../corpus/types";
import { csvCell, csvRows } from "../csv";
import { citationHref } from "../prosemirror/comment-schema";
import { BodyError, bodyToMarkdown, escapeMarkdown, validateBody } from "./body";
import type { BodyJson, NoteRecord, NoteTarget } from "./types";

/**
 * Notes out of Synopsis and back in: W3C Web Annotation JSON-LD (lossless, with Synopsis's own
 * fields under "synopsis:" keys), CSV for spreadsheets, and Markdown for reading. `fromJsonLd`
 * reads back what `toJsonLd` writes.
 */

/** The JSON-LD context of the W3C Web Annotation Data Model. */
export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** The format of the body that holds a note's ProseMirror JSON, exactly as stored. */
export const PROSEMIRROR_FORMAT = "application/vnd.synopsis.prosemirror+json";

/** What `toJsonLd` needs besides the notes. */
export interface JsonLdOptions {
  /** The site's origin, e.g. "https://synopsis.example.org" (a trailing slash is ignored). */
  baseUrl: string;
  /** A title for the collection, e.g. "Notes on the Shanghai Convention". */
  label: string;
  /** The collection's IRI; defaults to `${baseUrl}/api/annotations`. */
  id?: string;
}

/**
 * The notes as a W3C AnnotationCollection with one embedded AnnotationPage. Each note is an
 * Annotation whose bodies are its plain text, its ProseMirror JSON and its tags, and whose
 * targets are its passages (source, FragmentSelector of the provision, quote and position
 * selectors) plus, for a reply, the IRI of the annotation replied to. Synopsis's own fields
 * (visibility, seminar, version, deletion, ids, anchors) sit under "synopsis:" keys so that
 * nothing is lost. Notes are exported as given: blank the body of deleted notes beforehand if it
 * must not leave the server.
 */
export function toJsonLd(notes: readonly NoteRecord[], options: JsonLdOptions): Record<string, unknown> {
  const base = trimBase(options.baseUrl);
  const id = options.id ?? `${base}/api/annotations`;
  return {
    "@context": ANNO_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: options.label,
    total: notes.length,
    first: {
      id: `${id}#page-1`,
      type: "AnnotationPage",
      startIndex: 0,
      items: notes.map((note) => annotation(note, base)),
    },
  };
}

function annotation(note: NoteRecord, base: string): Record<string, unknown> {
  const purpose = note.motivation;
  return {
    id: annotationIri(base, note.id),
    type: "Annotation",
    motivation: note.motivation,
    created: note.created,
    modified: note.modified,
    creator: { id: `${base}/users/${encodeURIComponent(note.author.id)}`, type: "Person", name: note.author.name },
    body: [
      { type: "TextualBody", value: note.bodyText, format: "text/plain", purpose },
      { type: "TextualBody", value: JSON.stringify(note.body), format: PROSEMIRROR_FORMAT },
      ...note.tags.map((tag) => ({ type: "TextualBody", purpose: "tagging", value: tag })),
      ...(note.codes?.codes ?? []).map((code) => ({ type: "TextualBody", purpose: "classifying", value: code, "synopsis:codebook": note.codes!.codebookId })),
    ],
    target: [...note.targets.map((target) => passageTarget(target, base)), ...(note.inReplyTo !== null ? [annotationIri(base, note.inReplyTo)] : [])],
    "synopsis:visibility": note.visibility,
    "synopsis:seminarId": note.seminarId,
    "synopsis:version": note.version,
    "synopsis:deleted": note.deleted,
  };
}

function passageTarget(target: NoteTarget, base: string): Record<string, unknown> {
  return {
    type: "SpecificResource",
    source: `${base}${citationHref(target)}`,
    selector: [
      { type: "FragmentSelector", conformsTo: "http://tools.ietf.org/rfc/rfc3986", value: target.provision },
      { type: "TextQuoteSelector", exact: target.quote.exact, prefix: target.quote.prefix, suffix: target.quote.suffix },
      { type: "TextPositionSelector", start: target.position.start, end: target.position.end },
    ],
    "synopsis:document": target.document,
    "synopsis:edition": target.edition,
    "synopsis:anchor": { ...target.anchor },
  };
}

function annotationIri(base: string, id: string): string {
  return `${base}/api/annotations/${encodeURIComponent(id)}`;
}

function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}

// ---------------------------------------------------------------------------------------------
// Import

/** JSON-LD that cannot be read back as notes: `field` names the annotation and the property. */
export class JsonLdError extends Error {
  constructor(
    /** Where, e.g. "items[2].target[0].selector" ("items[i]" counts annotations from 0). */
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "JsonLdError";
  }
}

/** What `fromJsonLd` may be told. */
export interface FromJsonLdOptions {
  /** When given, annotation, creator and reply IRIs must lie under it (same site). */
  baseUrl?: string;
}

const dateTime = z.string().refine((value) => !Number.isNaN(Date.parse(value)), { message: "expected a date and time such as 2024-03-01T12:00:00Z" });
/** One value or a list of them (JSON-LD allows both), read as a list so that errors name the index. */
const oneOrMany = <T extends z.ZodType>(item: T) => z.preprocess((value) => (Array.isArray(value) ? value : [value]), z.array(item));

const selectorSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("FragmentSelector"), value: z.string().regex(PROVISION_ID, "expected a provision id such as art_1"), conformsTo: z.string().optional() }),
  z.object({ type: z.literal("TextQuoteSelector"), exact: z.string(), prefix: z.string(), suffix: z.string() }),
  z.object({ type: z.literal("TextPositionSelector"), start: z.int().min(0), end: z.int().min(0) }),
]);

const anchorSchema = z.object({
  status: z.enum(["exact", "moved", "fuzzy", "orphan"]),
  provision: z.string().regex(PROVISION_ID, "expected a provision id such as art_1"),
  start: z.int().min(-1),
  end: z.int().min(-1),
  score: z.number().min(0).max(1),
});

const passageSchema = z
  .object({
    type: z.literal("SpecificResource").optional(),
    source: z.string(),
    selector: z.array(selectorSchema),
    "synopsis:document": z.string().regex(DOCUMENT_ID, "expected a document id such as shanghai-convention-2001"),
    "synopsis:edition": z.string().regex(DOCUMENT_ID, "expected an edition id such as en-1"),
    "synopsis:anchor": anchorSchema,
  })
  .superRefine((target, ctx) => {
    for (const type of ["FragmentSelector", "TextQuoteSelector", "TextPositionSelector"] as const) {
      const count = target.selector.filter((selector) => selector.type === type).length;
      if (count !== 1) ctx.addIssue({ code: "custom", path: ["selector"], message: `expected exactly one ${type}, found ${count}` });
    }
    const position = target.selector.find((selector) => selector.type === "TextPositionSelector");
    if (position && position.end < position.start) ctx.addIssue({ code: "custom", path: ["selector"], message: "a TextPositionSelector's end must not come before its start" });
  });

const textualBodySchema = z.object({
  type: z.literal("TextualBody"),
  value: z.string(),
  format: z.string().optional(),
  purpose: z.string().optional(),
  "synopsis:codebook": z.string().optional(),
});

const annotationSchema = z
  .object({
    id: z.string(),
    type: z.literal("Annotation"),
    motivation: z.enum(["commenting", "replying", "classifying"]),
    created: dateTime,
    modified: dateTime,
    creator: z.object({ id: z.string(), type: z.literal("Person").optional(), name: z.string().min(1) }),
    body: oneOrMany(textualBodySchema),
    // A reply's target IRI or a passage: told apart in readAnnotation, so errors point into the passage.
    target: oneOrMany(z.unknown()),
    "synopsis:visibility": z.enum(["private", "public", "seminar"]),
    "synopsis:seminarId": z.string().nullable(),
    "synopsis:version": z.int().min(0),
    "synopsis:deleted": z.boolean(),
  })
  .superRefine((value, ctx) => {
    const bodies = value.body.filter((body) => body.format === PROSEMIRROR_FORMAT);
    if (bodies.length !== 1) ctx.addIssue({ code: "custom", path: ["body"], message: `expected exactly one body in ${PROSEMIRROR_FORMAT}, found ${bodies.length}` });
    const replies = value.target.filter((target) => typeof target === "string");
    if (replies.length > 1) ctx.addIssue({ code: "custom", path: ["target"], message: "a reply answers one annotation; found several annotation IRIs" });
    if (value["synopsis:visibility"] === "seminar" && value["synopsis:seminarId"] === null) {
      ctx.addIssue({ code: "custom", path: ["synopsis:seminarId"], message: "a note visible to a seminar must name the seminar" });
    }
  });

/**
 * Read notes back from JSON-LD: an AnnotationCollection as `toJsonLd` writes it, a single
 * Annotation, or an array of Annotations. Throws JsonLdError naming the annotation (`items[i]`)
 * and the property at fault. Every body must pass `validateBody` (a deleted note's may be empty),
 * so an import cannot smuggle in what the editor could not have written.
 */
export function fromJsonLd(json: unknown, options: FromJsonLdOptions = {}): NoteRecord[] {
  const base = options.baseUrl === undefined ? undefined : trimBase(options.baseUrl);
  return itemsOf(json).map((item, index) => readAnnotation(item, `items[${index}]`, base));
}

function itemsOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (typeof json !== "object" || json === null) throw new JsonLdError("json", "expected an AnnotationCollection, an Annotation or a list of Annotations");
  const record = json as Record<string, unknown>;
  if (record.type === "Annotation") return [json];
  if (record.type !== "AnnotationCollection") throw new JsonLdError("type", 'expected "AnnotationCollection" or "Annotation"');
  const first = record.first;
  if (first === undefined) return [];
  const items = typeof first === "object" && first !== null ? (first as Record<string, unknown>).items : undefined;
  if (!Array.isArray(items)) throw new JsonLdError("first.items", "expected the collection's first page to embed its items");
  const total = record.total;
  if (total !== undefined && total !== items.length) {
    throw new JsonLdError("total", `the collection says it holds ${String(total)} annotations but its page has ${items.length}; only single-page collections can be read`);
  }
  return items;
}

function readAnnotation(item: unknown, where: string, base: string | undefined): NoteRecord {
  const result = annotationSchema.safeParse(item);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new JsonLdError(joinPath(where, issue.path), issue.message);
  }
  const value = result.data;
  const id = idFromIri(value.id, "/api/annotations/", base, `${where}.id`);
  const bodyIndex = value.body.findIndex((body) => body.format === PROSEMIRROR_FORMAT);
  // A coding may have no comment; a deleted note's body may have been cleared.
  const body = readBody(value.body[bodyIndex]!.value, value["synopsis:deleted"] || value.motivation === "classifying", `${where}.body[${bodyIndex}].value`);
  const codeBodies = value.body.filter((b) => b.purpose === "classifying" && b["synopsis:codebook"]);
  const textBody = value.body.find((body) => body.format === "text/plain" && body.purpose !== "tagging" && !body["synopsis:codebook"]);
  let inReplyTo: string | null = null;
  const targets: NoteTarget[] = [];
  value.target.forEach((item, i) => {
    if (typeof item === "string") {
      inReplyTo = idFromIri(item, "/api/annotations/", base, `${where}.target[${i}]`);
      return;
    }
    const parsed = passageSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new JsonLdError(joinPath(`${where}.target[${i}]`, issue.path), issue.message);
    }
    const target = parsed.data;
    const fragment = target.selector.find((s) => s.type === "FragmentSelector")!;
    const quote = target.selector.find((s) => s.type === "TextQuoteSelector")!;
    const position = target.selector.find((s) => s.type === "TextPositionSelector")!;
    targets.push({
      document: target["synopsis:document"],
      edition: target["synopsis:edition"],
      provision: fragment.value,
      quote: { type: "TextQuoteSelector", exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      position: { type: "TextPositionSelector", start: position.start, end: position.end },
      anchor: { ...target["synopsis:anchor"] },
    });
  });
  return {
    id,
    author: { id: idFromIri(value.creator.id, "/users/", base, `${where}.creator.id`), name: value.creator.name },
    motivation: value.motivation,
    body: body.json,
    bodyText: textBody ? textBody.value : body.text,
    tags: value.body.filter((b) => b.purpose === "tagging").map((b) => b.value),
    visibility: value["synopsis:visibility"],
    seminarId: value["synopsis:seminarId"],
    inReplyTo,
    targets,
    created: value.created,
    modified: value.modified,
    version: value["synopsis:version"],
    deleted: value["synopsis:deleted"],
    ...(codeBodies.length > 0 ? { codes: { codebookId: codeBodies[0]!["synopsis:codebook"]!, codes: codeBodies.map((b) => b.value) } } : {}),
  };
}

function readBody(value: string, deleted: boolean, field: string): { json: BodyJson; text: string } {
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    throw new JsonLdError(field, "the ProseMirror body is not valid JSON");
  }
  try {
    const { text } = validateBody(json, { allowEmpty: deleted });
    return { json: json as BodyJson, text };
  } catch (error) {
    if (error instanceof BodyError) throw new JsonLdError(`${field}${error.field.replace(/^body/, "")}`, error.message);
    throw error;
  }
}

/** The id at the end of an IRI such as `${base}/api/annotations/{id}`. */
function idFromIri(iri: string, segment: string, base: string | undefined, field: string): string {
  const at = iri.lastIndexOf(segment);
  const rest = at < 0 ? "" : iri.slice(at + segment.length);
  if (at < 0 || rest === "" || /[/?#]/.test(rest) || (base !== undefined && iri.slice(0, at) !== base)) {
    throw new JsonLdError(field, `expected an IRI such as ${base ?? "https://…"}${segment}{id}`);
  }
  try {
    return decodeURIComponent(rest);
  } catch {
    throw new JsonLdError(field, "the IRI's id is not correctly percent-encoded");
  }
}

function joinPath(where: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((field, key) => (typeof key === "number" ? `${field}[${key}]` : `${field}.${String(key)}`), where);
}

// ---------------------------------------------------------------------------------------------
// CSV

/** The columns of `toCsv`, in order. */
export const CSV_COLUMNS = ["document", "edition", "provision", "provision_label", "quote", "author", "created", "modified", "visibility", "tags", "reply_to", "body", "status"] as const;

/**
 * The notes as RFC 4180 CSV (CRLF line ends, fields quoted when they hold a quote, comma or line
 * break), one row per note and target (a note without targets still gets one row). Deleted notes
 * show "(deleted)" as body. A cell that a spreadsheet would run as a formula (starting with =, +,
 * -, @, tab or carriage return) gets a leading apostrophe.
 */
export function toCsv(notes: readonly NoteRecord[], labels: (target: NoteTarget) => string): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const note of notes) {
    const common = {
      author: note.author.name,
      created: note.created,
      modified: note.modified,
      visibility: note.visibility,
      tags: note.tags.join("; "),
      reply_to: note.inReplyTo ?? "",
      body: note.deleted ? "(deleted)" : note.bodyText,
    };
    const targets: (NoteTarget | null)[] = note.targets.length > 0 ? [...note.targets] : [null];
    for (const target of targets) {
      const row: Record<(typeof CSV_COLUMNS)[number], string> = {
        document: target?.document ?? "",
        edition: target?.edition ?? "",
        provision: target?.provision ?? "",
        provision_label: target ? labels(target) : "",
        quote: target?.quote.exact ?? "",
        ...common,
        status: target?.anchor.status ?? "",
      };
      rows.push(CSV_COLUMNS.map((column) => row[column]));
    }
  }
  return csvRows(rows.map((row) => row.map(csvCell)));
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** What `toMarkdown` needs besides the notes. */
export interface MarkdownOptions {
  /** The page title (the level-1 heading). */
  title: string;
  /** The label of a target's provision, e.g. "Article 2(1)". */
  labels: (target: NoteTarget) => string;
  /** The title of a document, by id. */
  documentTitle: (document: string) => string;
}

/**
 * The notes as a Markdown page: a section per document and, within it, per provision, both in
 * the order the notes first mention them. Each note shows its quote ("> …"), its body, then its
 * author, date and tags; replies follow their parent as nested list items (under every passage
 * of the parent). A reply whose parent is not among the notes stands on its own.
 */
export function toMarkdown(notes: readonly NoteRecord[], options: MarkdownOptions): string {
  const ids = new Set(notes.map((note) => note.id));
  const replies = new Map<string, NoteRecord[]>();
  const roots: NoteRecord[] = [];
  for (const note of notes) {
    if (note.inReplyTo !== null && note.inReplyTo !== note.id && ids.has(note.inReplyTo)) {
      replies.set(note.inReplyTo, [...(replies.get(note.inReplyTo) ?? []), note]);
    } else {
      roots.push(note);
    }
  }

  // Notes no root leads to (replies going round in a circle) stand in as roots, in order.
  const reached = new Set<string>();
  const reach = (id: string) => {
    if (reached.has(id)) return;
    reached.add(id);
    for (const reply of replies.get(id) ?? []) reach(reply.id);
  };
  roots.forEach((root) => reach(root.id));
  for (const note of notes) {
    if (reached.has(note.id)) continue;
    roots.push(note);
    reach(note.id);
  }

  // document -> provision -> entries, in order of first mention.
  const documents = new Map<string, Map<string, { label: string; entries: { note: NoteRecord; target: NoteTarget }[] }>>();
  const unplaced: NoteRecord[] = [];
  for (const note of roots) {
    if (note.targets.length === 0) unplaced.push(note);
    for (const target of note.targets) {
      let provisions = documents.get(target.document);
      if (!provisions) documents.set(target.document, (provisions = new Map()));
      let provision = provisions.get(target.provision);
      if (!provision) provisions.set(target.provision, (provision = { label: options.labels(target), entries: [] }));
      provision.entries.push({ note, target });
    }
  }

  const blocks: string[] = [`# ${escapeMarkdown(options.title)}`];
  for (const [document, provisions] of documents) {
    blocks.push(`## ${escapeMarkdown(options.documentTitle(document))}`);
    for (const { label, entries } of provisions.values()) {
      blocks.push(`### ${escapeMarkdown(label)}`);
      for (const { note, target } of entries) blocks.push(noteMarkdown(note, target, replies, new Set()));
    }
  }
  if (unplaced.length > 0) {
    blocks.push("## Notes without a passage");
    for (const note of unplaced) blocks.push(noteMarkdown(note, null, replies, new Set()));
  }
  return blocks.join("\n\n") + "\n";
}

const STATUS_NOTES: Readonly<Record<string, string>> = {
  fuzzy: "*(the passage has changed; this is the closest match)*",
  orphan: "*(the passage is no longer in this text)*",
};

function noteMarkdown(note: NoteRecord, target: NoteTarget | null, replies: ReadonlyMap<string, NoteRecord[]>, seen: ReadonlySet<string>): string {
  const parts: string[] = [];
  if (target) {
    parts.push(target.quote.exact.split(/\r?\n/).map((line) => (line.trim() === "" ? ">" : `> ${escapeMarkdown(line)}`)).join("\n"));
    const status = STATUS_NOTES[target.anchor.status];
    if (status) parts.push(status);
  }
  parts.push(note.deleted ? "*(deleted)*" : bodyMarkdown(note));
  const tags = note.tags.length > 0 ? ` · tags: ${note.tags.map((tag) => escapeMarkdown(tag, false)).join(", ")}` : "";
  parts.push(`— ${escapeMarkdown(note.author.name, false)}, ${note.created.slice(0, 10)}${tags}`);
  const inner = new Set(seen).add(note.id);
  for (const reply of replies.get(note.id) ?? []) {
    if (inner.has(reply.id)) continue; // a cycle of replies: show each note once per thread
    const text = noteMarkdown(reply, null, replies, inner);
    parts.push(text.split("\n").map((line, i) => (i === 0 ? `- ${line}` : line === "" ? "" : `  ${line}`)).join("\n"));
  }
  return parts.join("\n\n");
}

function bodyMarkdown(note: NoteRecord): string {
  const markdown = bodyToMarkdown(note.body);
  return markdown.trim() === "" ? escapeMarkdown(note.bodyText) : markdown;
}
