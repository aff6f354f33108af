import { and, asc, eq, inArray, isNotNull, isNull, like, or, sql, type SQL } from "drizzle-orm";
import type { Anchor, BodyJson, NoteRecord, NoteTarget, Visibility } from "../../lib/annotations/types";
import { emptyBody } from "../../lib/prosemirror/comment-schema";
import type { Db } from "../client";
import { annotationCodes, annotationRevisions, annotations, annotationTags, annotationTargets, seminarMembers, user, type AnnotationRow, type AnnotationTargetRow } from "../schema";

/**
 * Notes: create, read (only what the viewer may see), edit with revisions and a version check,
 * soft delete, and the targets that carry a note across editions.
 */

/** Thrown when an edit names a version that is no longer the latest. */
export class StaleVersionError extends Error {
  constructor(readonly current: number) {
    super(`the note has changed since version you edited; it is now version ${current}`);
    this.name = "StaleVersionError";
  }
}

/** Who is reading: a signed-in user (with the seminars they belong to) or nobody. */
export interface Viewer {
  id: string | null;
  /** Seminars the viewer currently belongs to. */
  seminarIds?: readonly string[];
  /** Assignments whose peers' notes the viewer may not see before posting (see gatedAssignmentIds). */
  gatedAssignments?: readonly string[];
}

/** A new note's content; its targets already carry their selectors and anchors. */
export interface NewNote {
  id: string;
  authorId: string;
  body: BodyJson;
  bodyText: string;
  tags: string[];
  visibility: Visibility;
  seminarId: string | null;
  inReplyTo: string | null;
  threadId: string;
  assignmentId?: string | null;
  /** For a coding: the codebook and the elements it applies. */
  codes?: { codebookId: string; codes: string[] } | null;
  targets: NoteTarget[];
  now: string;
}

/** Store a new note, its passages, tags and first revision in one transaction. */
export function createNote(db: Db, note: NewNote): void {
  db.transaction((tx) => {
    tx.insert(annotations)
      .values({
        id: note.id,
        authorId: note.authorId,
        motivation: note.inReplyTo ? "replying" : note.codes ? "classifying" : "commenting",
        body: note.body,
        bodyText: note.bodyText,
        visibility: note.visibility,
        seminarId: note.seminarId,
        assignmentId: note.assignmentId ?? null,
        inReplyTo: note.inReplyTo,
        threadId: note.threadId,
        version: 1,
        createdAt: note.now,
        updatedAt: note.now,
      })
      .run();
    note.targets.forEach((target, index) => tx.insert(annotationTargets).values(targetRow(note.id, index, target, "selected")).run());
    for (const tag of note.tags) tx.insert(annotationTags).values({ annotationId: note.id, tag }).run();
    for (const code of note.codes?.codes ?? []) tx.insert(annotationCodes).values({ annotationId: note.id, codebookId: note.codes!.codebookId, code }).run();
    tx.insert(annotationRevisions)
      .values({ annotationId: note.id, version: 1, body: note.body, bodyText: note.bodyText, tags: note.tags, visibility: note.visibility, editedAt: note.now, editorId: note.authorId })
      .run();
  });
}

function targetRow(annotationId: string, targetIndex: number, target: NoteTarget, origin: "selected" | "carried"): typeof annotationTargets.$inferInsert {
  return {
    annotationId,
    targetIndex,
    documentId: target.document,
    editionId: target.edition,
    provisionId: target.provision,
    exact: target.quote.exact,
    prefix: target.quote.prefix,
    suffix: target.quote.suffix,
    start: target.position.start,
    end: target.position.end,
    anchorStatus: target.anchor.status,
    anchorProvision: target.anchor.provision,
    anchorStart: target.anchor.start,
    anchorEnd: target.anchor.end,
    anchorScore: target.anchor.score,
    origin,
  };
}

function toTarget(row: AnnotationTargetRow): NoteTarget & { index: number; origin: "selected" | "carried" } {
  const anchor: Anchor = { status: row.anchorStatus, provision: row.anchorProvision, start: row.anchorStart, end: row.anchorEnd, score: row.anchorScore };
  return {
    index: row.targetIndex,
    origin: row.origin,
    document: row.documentId,
    edition: row.editionId,
    provision: row.provisionId,
    quote: { type: "TextQuoteSelector", exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    position: { type: "TextPositionSelector", start: row.start, end: row.end },
    anchor,
  };
}

/** A note as stored, with its author's name, tags and every target (all editions). */
export type StoredNote = Omit<NoteRecord, "targets"> & {
  targets: (NoteTarget & { index: number; origin: "selected" | "carried" })[];
  assignmentId: string | null;
  /** The first note of the note's thread (the note itself unless it is a reply). */
  threadId: string;
  /** The author has left (been removed from) the note's seminar. */
  formerMember: boolean;
};

/**
 * The SQL condition for "the viewer may read this note": public notes, the viewer's own, and the
 * notes of the viewer's seminars — except, on assignments that show peers' notes only after
 * posting, other students' notes until the viewer has posted. Exported for the queries elsewhere
 * in db/ that join annotations.
 */
export function readable(viewer: Viewer): SQL {
  const conditions = [eq(annotations.visibility, "public")];
  if (viewer.id) conditions.push(eq(annotations.authorId, viewer.id));
  if (viewer.seminarIds && viewer.seminarIds.length > 0) {
    conditions.push(and(eq(annotations.visibility, "seminar"), inArray(annotations.seminarId, [...viewer.seminarIds]))!);
  }
  const visible = or(...conditions)!;
  if (!viewer.id || !viewer.gatedAssignments || viewer.gatedAssignments.length === 0) return visible;
  const gated = sql`(${annotations.assignmentId} in (${sql.join(
    viewer.gatedAssignments.map((id) => sql`${id}`),
    sql`, `,
  )}) and ${annotations.authorId} <> ${viewer.id} and not exists (select 1 from seminar_members m where m.seminar_id = ${annotations.seminarId} and m.user_id = ${annotations.authorId} and m.role = 'instructor'))`;
  return and(visible, sql`not ${gated}`)!;
}

/** True when the viewer may read the note (the rule of `readable`), e.g. to check a note loaded once for many readers. */
export function canRead(db: Db, viewer: Viewer, note: { id: string }): boolean {
  return db.select({ id: annotations.id }).from(annotations).where(and(eq(annotations.id, note.id), readable(viewer))).get() !== undefined;
}

/** Filters of the note list; all optional. */
export interface NoteFilter {
  document?: string;
  edition?: string;
  provision?: string;
  author?: string;
  tag?: string;
  thread?: string;
  /** Only the notes written for this assignment. */
  assignment?: string;
  /** Include soft-deleted notes (shown as "deleted" in threads). Default true. */
  includeDeleted?: boolean;
}

/** The notes a viewer may read, matching the filter, oldest first, with their replies' threads. */
export function listNotes(db: Db, viewer: Viewer, filter: NoteFilter = {}): StoredNote[] {
  const conditions = [readable(viewer)];
  if (filter.author) conditions.push(eq(annotations.authorId, filter.author));
  if (filter.assignment) conditions.push(eq(annotations.assignmentId, filter.assignment));
  if (filter.thread) conditions.push(eq(annotations.threadId, filter.thread));
  if (filter.includeDeleted === false) conditions.push(isNull(annotations.deletedAt));
  if (filter.tag) conditions.push(sql`exists (select 1 from ${annotationTags} where ${annotationTags.annotationId} = ${annotations.id} and ${annotationTags.tag} = ${filter.tag})`);
  if (filter.document || filter.edition || filter.provision) {
    // A note matches through its passages; a reply through the note it belongs to.
    const targetConditions = [sql`t.annotation_id = ${annotations.threadId}`];
    if (filter.document) targetConditions.push(sql`t.document_id = ${filter.document}`);
    if (filter.edition) targetConditions.push(sql`t.edition_id = ${filter.edition}`);
    if (filter.provision) targetConditions.push(sql`(t.provision_id = ${filter.provision} or t.anchor_provision = ${filter.provision})`);
    conditions.push(sql`exists (select 1 from ${annotationTargets} t where ${sql.join(targetConditions, sql` and `)})`);
  }
  const rows = db
    .select({ note: annotations, authorName: user.name })
    .from(annotations)
    .innerJoin(user, eq(user.id, annotations.authorId))
    .where(and(...conditions))
    .orderBy(asc(annotations.createdAt), asc(annotations.id))
    .all();
  return hydrate(db, rows);
}

/** One note by id, if the viewer may read it. */
export function getNote(db: Db, viewer: Viewer, id: string): StoredNote | undefined {
  return loadNote(db, id, readable(viewer));
}

/**
 * One note by id whoever may read it: for the server's own bookkeeping, for its author (who may
 * always read it), or for readers checked one by one with `canRead`.
 */
export function getNoteUnchecked(db: Db, id: string): StoredNote | undefined {
  return loadNote(db, id);
}

function loadNote(db: Db, id: string, condition?: SQL): StoredNote | undefined {
  const row = db
    .select({ note: annotations, authorName: user.name })
    .from(annotations)
    .innerJoin(user, eq(user.id, annotations.authorId))
    .where(condition ? and(eq(annotations.id, id), condition) : eq(annotations.id, id))
    .get();
  return row ? hydrate(db, [row])[0] : undefined;
}

/** The stored row of a note, whoever may read it (for authorisation checks). */
export function getNoteRow(db: Db, id: string): AnnotationRow | undefined {
  return db.select().from(annotations).where(eq(annotations.id, id)).get();
}

function hydrate(db: Db, rows: { note: AnnotationRow; authorName: string }[]): StoredNote[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.note.id);
  const targets = new Map<string, StoredNote["targets"]>();
  const tags = new Map<string, string[]>();
  const former = new Set<string>();
  const codes = new Map<string, { codebookId: string; codes: string[] }>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const t of db.select().from(annotationTargets).where(inArray(annotationTargets.annotationId, chunk)).orderBy(asc(annotationTargets.targetIndex), asc(annotationTargets.key)).all()) {
      const list = targets.get(t.annotationId) ?? [];
      list.push(toTarget(t));
      targets.set(t.annotationId, list);
    }
    for (const r of db
      .select({ id: annotations.id })
      .from(annotations)
      .innerJoin(seminarMembers, and(eq(seminarMembers.seminarId, annotations.seminarId), eq(seminarMembers.userId, annotations.authorId)))
      .where(and(inArray(annotations.id, chunk), isNotNull(seminarMembers.removedAt)))
      .all())
      former.add(r.id);
    for (const c of db.select().from(annotationCodes).where(inArray(annotationCodes.annotationId, chunk)).all()) {
      const entry = codes.get(c.annotationId) ?? { codebookId: c.codebookId, codes: [] };
      entry.codes.push(c.code);
      codes.set(c.annotationId, entry);
    }
    for (const t of db.select().from(annotationTags).where(inArray(annotationTags.annotationId, chunk)).orderBy(asc(annotationTags.tag)).all()) {
      const list = tags.get(t.annotationId) ?? [];
      list.push(t.tag);
      tags.set(t.annotationId, list);
    }
  }
  return rows.map(({ note, authorName }) => {
    const deleted = note.deletedAt !== null;
    const coded = codes.get(note.id);
    return {
      ...(coded && !deleted ? { codes: coded } : {}),
      assignmentId: note.assignmentId,
      formerMember: former.has(note.id),
      id: note.id,
      author: { id: note.authorId, name: authorName },
      motivation: note.motivation,
      // A deleted note keeps its body in the database; readers get an empty one.
      body: deleted ? emptyBody() : note.body,
      bodyText: deleted ? "" : note.bodyText,
      tags: deleted ? [] : (tags.get(note.id) ?? []),
      visibility: note.visibility,
      seminarId: note.seminarId,
      inReplyTo: note.inReplyTo,
      threadId: note.threadId,
      targets: targets.get(note.id) ?? [],
      created: note.createdAt,
      modified: note.updatedAt,
      version: note.version,
      deleted,
    };
  });
}

/** A change to a note's content (what PATCH may change). */
export interface NoteChange {
  body?: BodyJson;
  bodyText?: string;
  tags?: string[];
  visibility?: Visibility;
  seminarId?: string | null;
}

/**
 * Apply an edit made on `version`; throws StaleVersionError when the note has moved on, so
 * that nothing is overwritten. Keeps a revision of the new state.
 */
export function updateNote(db: Db, id: string, version: number, change: NoteChange, editorId: string, now: string): number {
  return db.transaction((tx) => {
    const current = tx.select().from(annotations).where(eq(annotations.id, id)).get();
    if (!current) throw new RangeError(`no note ${id}`);
    if (current.version !== version) throw new StaleVersionError(current.version);
    const next = version + 1;
    const body = change.body ?? current.body;
    const bodyText = change.bodyText ?? current.bodyText;
    const visibility = change.visibility ?? current.visibility;
    const seminarId = change.seminarId !== undefined ? change.seminarId : current.seminarId;
    const updated = tx
      .update(annotations)
      .set({ body, bodyText, visibility, seminarId, version: next, updatedAt: now })
      .where(and(eq(annotations.id, id), eq(annotations.version, version)))
      .run();
    if (updated.changes !== 1) throw new StaleVersionError(version + 1);
    let tags = tx.select({ tag: annotationTags.tag }).from(annotationTags).where(eq(annotationTags.annotationId, id)).all().map((t) => t.tag);
    if (change.tags) {
      tx.delete(annotationTags).where(eq(annotationTags.annotationId, id)).run();
      for (const tag of change.tags) tx.insert(annotationTags).values({ annotationId: id, tag }).run();
      tags = change.tags;
    }
    tx.insert(annotationRevisions).values({ annotationId: id, version: next, body, bodyText, tags, visibility, editedAt: now, editorId }).run();
    // Replies follow their note's visibility.
    if (change.visibility !== undefined || change.seminarId !== undefined) {
      tx.update(annotations).set({ visibility, seminarId }).where(eq(annotations.threadId, id)).run();
    }
    return next;
  });
}

/** Mark a note deleted (its rows stay); returns the new version. */
export function softDeleteNote(db: Db, id: string, version: number | null, now: string): number {
  return db.transaction((tx) => {
    const current = tx.select().from(annotations).where(eq(annotations.id, id)).get();
    if (!current) throw new RangeError(`no note ${id}`);
    if (version !== null && current.version !== version) throw new StaleVersionError(current.version);
    if (current.deletedAt) return current.version;
    tx.update(annotations).set({ deletedAt: now, updatedAt: now, version: current.version + 1 }).where(eq(annotations.id, id)).run();
    return current.version + 1;
  });
}

/** Every revision of a note, oldest first. */
export function listRevisions(db: Db, id: string) {
  return db.select().from(annotationRevisions).where(eq(annotationRevisions.annotationId, id)).orderBy(asc(annotationRevisions.version)).all();
}

/** Tags in use among the notes a viewer may read, most used first, for autocomplete. */
export function listTags(db: Db, viewer: Viewer, prefix: string, limit = 20): { tag: string; count: number }[] {
  return db
    .select({ tag: annotationTags.tag, count: sql<number>`count(*)` })
    .from(annotationTags)
    .innerJoin(annotations, eq(annotations.id, annotationTags.annotationId))
    .where(and(readable(viewer), isNull(annotations.deletedAt), like(annotationTags.tag, `${prefix.replace(/[%_\\]/g, "\\$&")}%`)))
    .groupBy(annotationTags.tag)
    .orderBy(sql`count(*) desc`, asc(annotationTags.tag))
    .limit(limit)
    .all();
}

/** The targets of a document's notes in editions other than `editionId`, for carrying over. */
export function targetsToCarry(db: Db, documentId: string, editionId: string): (NoteTarget & { annotationId: string; index: number })[] {
  const rows = db
    .select()
    .from(annotationTargets)
    .where(and(eq(annotationTargets.documentId, documentId), eq(annotationTargets.origin, "selected")))
    .orderBy(asc(annotationTargets.key))
    .all();
  const done = new Set(
    db
      .select({ annotationId: annotationTargets.annotationId, targetIndex: annotationTargets.targetIndex })
      .from(annotationTargets)
      .where(and(eq(annotationTargets.documentId, documentId), eq(annotationTargets.editionId, editionId)))
      .all()
      .map((r) => `${r.annotationId}/${r.targetIndex}`),
  );
  return rows.filter((r) => r.editionId !== editionId && !done.has(`${r.annotationId}/${r.targetIndex}`)).map((r) => ({ ...toTarget(r), annotationId: r.annotationId }));
}

/** Store carried-over targets (one transaction). */
export function insertCarriedTargets(db: Db, targets: readonly (NoteTarget & { annotationId: string; index: number })[]): void {
  db.transaction((tx) => {
    for (let i = 0; i < targets.length; i += 200) {
      const chunk = targets.slice(i, i + 200).map((t) => targetRow(t.annotationId, t.index, t, "carried"));
      if (chunk.length > 0) tx.insert(annotationTargets).values(chunk).onConflictDoNothing().run();
    }
  });
}
