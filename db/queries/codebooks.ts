import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { annotationCodes, annotations, annotationTargets, codebookElements, codebooks, user, type CodebookElementRow, type CodebookRow } from "../schema";
import { readable, type Viewer } from "./annotations";

/** Codebooks and codings (annotations that classify a passage against a codebook's elements). */

/** A codebook with its elements in order. */
export interface Codebook extends CodebookRow {
  elements: CodebookElementRow[];
}

/** Every codebook, default first, then by name and version (newest first). */
export function listCodebooks(db: Db): CodebookRow[] {
  return db.select().from(codebooks).orderBy(sql`${codebooks.createdBy} is not null`, asc(codebooks.name), desc(codebooks.version)).all();
}

/** One codebook with its elements, or undefined. */
export function getCodebook(db: Db, id: string): Codebook | undefined {
  const book = db.select().from(codebooks).where(eq(codebooks.id, id)).get();
  if (!book) return undefined;
  return { ...book, elements: db.select().from(codebookElements).where(eq(codebookElements.codebookId, id)).orderBy(asc(codebookElements.position)).all() };
}

/** The elements of every codebook, each codebook's in order (for pickers that list them all). */
export function listCodebookElements(db: Db): Map<string, CodebookElementRow[]> {
  const byBook = new Map<string, CodebookElementRow[]>();
  for (const element of db.select().from(codebookElements).orderBy(asc(codebookElements.codebookId), asc(codebookElements.position)).all()) {
    const list = byBook.get(element.codebookId) ?? [];
    list.push(element);
    byBook.set(element.codebookId, list);
  }
  return byBook;
}

/** The latest version number of a codebook family. */
export function latestVersion(db: Db, family: string): number {
  return db.select({ v: sql<number>`max(${codebooks.version})` }).from(codebooks).where(eq(codebooks.family, family)).get()?.v ?? 0;
}

/**
 * Store a codebook (a new one, a new version of a family, or the default one, which has no
 * creator) with its elements in the order given.
 */
export function createCodebook(
  db: Db,
  book: { id: string; family: string; version: number; name: string; description: string; source: string; createdBy: string | null; now: string },
  elements: readonly { code: string; name: string; description?: string; share?: number | null }[],
): void {
  db.transaction((tx) => {
    tx.insert(codebooks)
      .values({ id: book.id, family: book.family, version: book.version, name: book.name, description: book.description, source: book.source, createdBy: book.createdBy, createdAt: book.now })
      .run();
    elements.forEach((e, position) =>
      tx
        .insert(codebookElements)
        .values({ codebookId: book.id, code: e.code, name: e.name, description: e.description ?? "", share: e.share ?? null, position })
        .run(),
    );
  });
}

/** One coding as the matrix and agreement read it: which element, by whom, on which passage. */
export interface CodingRow {
  noteId: string;
  coder: string;
  coderName: string;
  code: string;
  document: string;
  edition: string;
  provision: string;
  quote: string;
  assignmentId: string | null;
}

/** The codings of a codebook the viewer may read (not deleted), optionally of one assignment. */
export function listCodings(db: Db, viewer: Viewer, codebookId: string, assignmentId?: string): CodingRow[] {
  const conditions = [eq(annotationCodes.codebookId, codebookId), isNull(annotations.deletedAt), eq(annotations.motivation, "classifying"), readable(viewer), eq(annotationTargets.origin, "selected")];
  if (assignmentId) conditions.push(eq(annotations.assignmentId, assignmentId));
  return db
    .select({
      noteId: annotations.id,
      coder: annotations.authorId,
      coderName: user.name,
      code: annotationCodes.code,
      document: annotationTargets.documentId,
      edition: annotationTargets.editionId,
      provision: annotationTargets.provisionId,
      quote: annotationTargets.exact,
      assignmentId: annotations.assignmentId,
    })
    .from(annotationCodes)
    .innerJoin(annotations, eq(annotations.id, annotationCodes.annotationId))
    .innerJoin(user, eq(user.id, annotations.authorId))
    .innerJoin(annotationTargets, eq(annotationTargets.annotationId, annotations.id))
    .where(and(...conditions))
    .orderBy(asc(annotations.createdAt))
    .all();
}
