import { foreignKey, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { BodyJson } from "../lib/annotations/types";
import { user } from "./auth-schema";
import type { InlineMark, ProvisionKind } from "../lib/corpus/types";

/**
 * The database schema. Corpus tables hold what the importer read from the corpus files; the
 * text of a stored edition never changes (annotations are anchored to it), only its metadata
 * may be corrected.
 */

/** A treaty, charter, agreement, strategy or declaration. */
export const documents = sqliteTable("documents", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  shortTitle: text("short_title").notNull(),
  type: text("type").notNull(),
  adoptedOn: text("adopted_on").notNull(),
  adoptedAt: text("adopted_at"),
  inForceOn: text("in_force_on"),
  parties: text("parties", { mode: "json" }).$type<string[]>().notNull(),
  languages: text("languages", { mode: "json" }).$type<string[]>().notNull(),
  citation: text("citation").notNull(),
  notes: text("notes"),
  position: integer("position").notNull().default(0),
  /** Hash of document.yaml as last imported, so that an unchanged file costs no write. */
  metaHash: text("meta_hash").notNull(),
});
export type DocumentRow = typeof documents.$inferSelect;

/** One text of a document: a transcription, a translation, an excerpt quoted in a paper. */
export const editions = sqliteTable(
  "editions",
  {
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id),
    id: text("id").notNull(),
    language: text("language").notNull(),
    title: text("title").notNull(),
    sourceCitation: text("source_citation").notNull(),
    sourceFile: text("source_file"),
    sourceLines: text("source_lines"),
    sourceUrl: text("source_url"),
    licence: text("licence").notNull(),
    completeness: text("completeness", { enum: ["full", "excerpt"] }).notNull(),
    summary: text("summary").notNull(),
    notes: text("notes"),
    editionDate: text("edition_date"),
    preferred: integer("preferred", { mode: "boolean" }).notNull().default(false),
    format: text("format").notNull(),
    /** The file the text was read from, relative to the app's folder. */
    origin: text("origin").notNull(),
    /** SHA-256 of the text as read: a different hash for a stored edition is refused. */
    textHash: text("text_hash").notNull(),
    metaHash: text("meta_hash").notNull(),
    importedAt: text("imported_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.id] })],
);
export type EditionRow = typeof editions.$inferSelect;

/** A node of an edition's structure, stored flat in document order. */
export const provisions = sqliteTable(
  "provisions",
  {
    key: integer("key").primaryKey({ autoIncrement: true }),
    documentId: text("document_id").notNull(),
    editionId: text("edition_id").notNull(),
    /** The Akoma Ntoso-style id, stable across editions of the document. */
    id: text("id").notNull(),
    parentId: text("parent_id"),
    /** Position in document order within the edition (0-based). */
    position: integer("position").notNull(),
    depth: integer("depth").notNull(),
    kind: text("kind").$type<ProvisionKind>().notNull(),
    num: text("num"),
    label: text("label").notNull(),
    heading: text("heading"),
    text: text("text").notNull(),
    marks: text("marks", { mode: "json" }).$type<InlineMark[]>().notNull(),
    line: integer("line").notNull(),
  },
  (t) => [
    foreignKey({ columns: [t.documentId, t.editionId], foreignColumns: [editions.documentId, editions.id] }),
    uniqueIndex("provisions_edition_id").on(t.documentId, t.editionId, t.id),
    index("provisions_edition_order").on(t.documentId, t.editionId, t.position),
  ],
);
export type ProvisionRow = typeof provisions.$inferSelect;

/** What the last corpus import could not use, shown on the library page until it is fixed. */
export const corpusNotices = sqliteTable("corpus_notices", {
  key: integer("key").primaryKey({ autoIncrement: true }),
  file: text("file").notNull(),
  line: integer("line"),
  level: text("level", { enum: ["error", "warning", "missing", "refused"] }).notNull(),
  message: text("message").notNull(),
});
export type CorpusNoticeRow = typeof corpusNotices.$inferSelect;

/**
 * A pair of corresponding provisions of two documents. Curated pairs come from the crosswalk
 * files of the corpus (`texts/crosswalk/*.yaml`); provision ids hold across a document's editions.
 */
export const alignments = sqliteTable(
  "alignments",
  {
    key: integer("key").primaryKey({ autoIncrement: true }),
    leftDocument: text("left_document").notNull(),
    leftProvision: text("left_provision").notNull(),
    rightDocument: text("right_document").notNull(),
    rightProvision: text("right_provision").notNull(),
    kind: text("kind", { enum: ["equivalent", "partial", "related"] }).notNull(),
    note: text("note").notNull(),
    source: text("source").notNull(),
    /** "curated" for crosswalk files; later, the account that made it. */
    createdBy: text("created_by").notNull(),
    /** The crosswalk file and line it was read from. */
    origin: text("origin"),
  },
  (t) => [
    uniqueIndex("alignments_pair").on(t.leftDocument, t.leftProvision, t.rightDocument, t.rightProvision),
    index("alignments_right").on(t.rightDocument, t.rightProvision),
  ],
);
export type AlignmentRow = typeof alignments.$inferSelect;

/** Small key/value facts the importer keeps, such as the hash of the crosswalk files. */
export const corpusState = sqliteTable("corpus_state", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/** Accounts, sessions and rate-limit counters belong to better-auth; their tables live beside ours. */
export * from "./auth-schema";

/**
 * A note: a comment on one or more passages, or a reply to another note. Never deleted by the
 * app: its author's "delete" sets `deletedAt` and the body is hidden.
 */
export const annotations = sqliteTable(
  "annotations",
  {
    id: text("id").primaryKey(),
    authorId: text("author_id")
      .notNull()
      .references(() => user.id),
    motivation: text("motivation", { enum: ["commenting", "replying", "classifying"] }).notNull(),
    /** The body as ProseMirror JSON, validated against the comment schema. */
    body: text("body", { mode: "json" }).$type<BodyJson>().notNull(),
    bodyText: text("body_text").notNull(),
    visibility: text("visibility", { enum: ["private", "public", "seminar"] }).notNull(),
    /** For seminar visibility: the seminar whose members may read it. */
    seminarId: text("seminar_id"),
    /** The assignment it was written for, if any. */
    assignmentId: text("assignment_id"),
    inReplyTo: text("in_reply_to"),
    /** The first note of the thread (itself for a note, the note replied to for a reply). */
    threadId: text("thread_id").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
    deletedAt: text("deleted_at"),
  },
  (t) => [
    index("annotations_thread").on(t.threadId),
    index("annotations_author").on(t.authorId),
    index("annotations_reply").on(t.inReplyTo),
    index("annotations_assignment").on(t.assignmentId),
    index("annotations_seminar").on(t.seminarId),
  ],
);
export type AnnotationRow = typeof annotations.$inferSelect;

/**
 * A passage a note is about, in one edition. A note made on one edition has one row per passage
 * there; carrying it over to another edition adds rows for that edition (origin "carried"),
 * keeping the original selectors and saying how they were anchored.
 */
export const annotationTargets = sqliteTable(
  "annotation_targets",
  {
    key: integer("key").primaryKey({ autoIncrement: true }),
    annotationId: text("annotation_id")
      .notNull()
      .references(() => annotations.id),
    /** Which passage of the note this is (0, 1, ...); the same for its carried copies. */
    targetIndex: integer("target_index").notNull(),
    documentId: text("document_id").notNull(),
    editionId: text("edition_id").notNull(),
    provisionId: text("provision_id").notNull(),
    exact: text("exact").notNull(),
    prefix: text("prefix").notNull(),
    suffix: text("suffix").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    anchorStatus: text("anchor_status", { enum: ["exact", "moved", "fuzzy", "orphan"] }).notNull(),
    anchorProvision: text("anchor_provision").notNull(),
    anchorStart: integer("anchor_start").notNull(),
    anchorEnd: integer("anchor_end").notNull(),
    anchorScore: real("anchor_score").notNull(),
    origin: text("origin", { enum: ["selected", "carried"] }).notNull(),
  },
  (t) => [
    uniqueIndex("annotation_targets_one").on(t.annotationId, t.targetIndex, t.documentId, t.editionId),
    index("annotation_targets_edition").on(t.documentId, t.editionId),
  ],
);
export type AnnotationTargetRow = typeof annotationTargets.$inferSelect;

/** Free-text tags of a note. */
export const annotationTags = sqliteTable(
  "annotation_tags",
  {
    annotationId: text("annotation_id")
      .notNull()
      .references(() => annotations.id),
    tag: text("tag").notNull(),
  },
  (t) => [primaryKey({ columns: [t.annotationId, t.tag] }), index("annotation_tags_tag").on(t.tag)],
);

/** Every version of a note's body and tags, so an edit never loses what was written before. */
export const annotationRevisions = sqliteTable(
  "annotation_revisions",
  {
    key: integer("key").primaryKey({ autoIncrement: true }),
    annotationId: text("annotation_id")
      .notNull()
      .references(() => annotations.id),
    version: integer("version").notNull(),
    body: text("body", { mode: "json" }).$type<BodyJson>().notNull(),
    bodyText: text("body_text").notNull(),
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull(),
    visibility: text("visibility").notNull(),
    editedAt: text("edited_at").notNull(),
    editorId: text("editor_id").notNull(),
  },
  (t) => [uniqueIndex("annotation_revisions_version").on(t.annotationId, t.version)],
);

/**
 * Fixed-window counters for rate limits (failed sign-ins per account, join-code attempts), in the
 * database so that every app server sees the same counts.
 */
export const rateCounters = sqliteTable("rate_counters", {
  key: text("key").primaryKey(),
  windowStart: integer("window_start").notNull(),
  count: integer("count").notNull(),
});

/** A seminar: a group with instructors and students, and its join code. */
export const seminars = sqliteTable("seminars", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  term: text("term").notNull().default(""),
  /** The code students join with; null when joining is turned off. */
  joinCode: text("join_code").unique(),
  createdBy: text("created_by")
    .notNull()
    .references(() => user.id),
  createdAt: text("created_at").notNull(),
  updatedAt: text("updated_at").notNull(),
});
export type SeminarRow = typeof seminars.$inferSelect;

/** Who belongs to a seminar, and as what. A removed member's row stays (their notes are kept). */
export const seminarMembers = sqliteTable(
  "seminar_members",
  {
    seminarId: text("seminar_id")
      .notNull()
      .references(() => seminars.id),
    userId: text("user_id")
      .notNull()
      .references(() => user.id),
    role: text("role", { enum: ["instructor", "student"] }).notNull(),
    joinedAt: text("joined_at").notNull(),
    removedAt: text("removed_at"),
  },
  (t) => [primaryKey({ columns: [t.seminarId, t.userId] }), index("seminar_members_user").on(t.userId)],
);
export type SeminarMemberRow = typeof seminarMembers.$inferSelect;

/** An assignment: a prompt, what to read (a comparison or a list of provisions), dates, and a rule. */
export const assignments = sqliteTable(
  "assignments",
  {
    id: text("id").primaryKey(),
    seminarId: text("seminar_id")
      .notNull()
      .references(() => seminars.id),
    title: text("title").notNull(),
    /** The prompt as ProseMirror JSON (the comment schema). */
    prompt: text("prompt", { mode: "json" }).$type<BodyJson>().notNull(),
    promptText: text("prompt_text").notNull(),
    /** The canonical /compare query (for a comparison), or null. */
    compareQuery: text("compare_query"),
    /** `doc@edition:provision` sides (for a list of provisions), or null. */
    provisions: text("provisions", { mode: "json" }).$type<string[]>(),
    opensAt: text("opens_at").notNull(),
    dueAt: text("due_at").notNull(),
    /** Students see other students' notes only once they have posted their own. */
    peersAfterPosting: integer("peers_after_posting", { mode: "boolean" }).notNull().default(false),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [index("assignments_seminar").on(t.seminarId)],
);
export type AssignmentRow = typeof assignments.$inferSelect;

/**
 * A codebook: a named, versioned list of elements that passages are coded against. The default
 * (no creator) is Schmid's 22 definitional elements of terrorism.
 */
export const codebooks = sqliteTable(
  "codebooks",
  {
    id: text("id").primaryKey(),
    /** Versions of one codebook share a family id. */
    family: text("family").notNull(),
    version: integer("version").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    source: text("source").notNull().default(""),
    createdBy: text("created_by"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [uniqueIndex("codebooks_family_version").on(t.family, t.version)],
);
export type CodebookRow = typeof codebooks.$inferSelect;

/** One element of a codebook. */
export const codebookElements = sqliteTable(
  "codebook_elements",
  {
    codebookId: text("codebook_id")
      .notNull()
      .references(() => codebooks.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** For the default codebook: the share (%) of academic definitions containing it. */
    share: real("share"),
    position: integer("position").notNull(),
  },
  (t) => [primaryKey({ columns: [t.codebookId, t.code] })],
);
export type CodebookElementRow = typeof codebookElements.$inferSelect;

/** The codebook elements a coding (an annotation with the motivation "classifying") applies. */
export const annotationCodes = sqliteTable(
  "annotation_codes",
  {
    annotationId: text("annotation_id")
      .notNull()
      .references(() => annotations.id),
    codebookId: text("codebook_id")
      .notNull()
      .references(() => codebooks.id),
    code: text("code").notNull(),
  },
  (t) => [primaryKey({ columns: [t.annotationId, t.code] }), index("annotation_codes_codebook").on(t.codebookId, t.code)],
);
