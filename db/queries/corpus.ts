import { and, asc, eq } from "drizzle-orm";
import type { InlineMark, ProvisionKind } from "../../lib/corpus/types";
import type { Db } from "../client";
import { corpusNotices, documents, editions, provisions, type CorpusNoticeRow, type DocumentRow, type EditionRow } from "../schema";

/** Read queries over the corpus: documents, editions and their provision trees. */

/** An edition as pages and the API show it (no hashes or file paths of this machine). */
export interface EditionSummary {
  documentId: string;
  id: string;
  language: string;
  title: string;
  completeness: "full" | "excerpt";
  summary: string;
  source: { citation: string; file: string | null; lines: string | null; url: string | null };
  licence: string;
  notes: string | null;
  date: string | null;
  /** True for the edition the reader opens by default. */
  preferred: boolean;
}

/** A document with its editions, the preferred one first. */
export interface DocumentSummary {
  id: string;
  title: string;
  shortTitle: string;
  type: string;
  adopted: { date: string; place: string | null };
  inForce: string | null;
  parties: string[];
  languages: string[];
  citation: string;
  notes: string | null;
  editions: EditionSummary[];
}

/** A provision with its subtree, as the reader and the API use it. */
export interface ProvisionTree {
  id: string;
  kind: ProvisionKind;
  num: string | null;
  label: string;
  heading: string | null;
  text: string;
  marks: InlineMark[];
  children: ProvisionTree[];
}

/** Every document in library order, each with its editions. */
export function listDocuments(db: Db): DocumentSummary[] {
  const docs = db.select().from(documents).orderBy(asc(documents.position), asc(documents.id)).all();
  const allEditions = db.select().from(editions).all();
  return docs.map((doc) => summarise(doc, allEditions.filter((e) => e.documentId === doc.id)));
}

/** One document with its editions, or undefined. */
export function getDocument(db: Db, documentId: string): DocumentSummary | undefined {
  const doc = db.select().from(documents).where(eq(documents.id, documentId)).get();
  if (!doc) return undefined;
  return summarise(doc, db.select().from(editions).where(eq(editions.documentId, documentId)).all());
}

/** The provision tree of one edition, in document order (empty when the edition is unknown). */
export function getProvisionTree(db: Db, documentId: string, editionId: string): ProvisionTree[] {
  const rows = db
    .select()
    .from(provisions)
    .where(and(eq(provisions.documentId, documentId), eq(provisions.editionId, editionId)))
    .orderBy(asc(provisions.position))
    .all();
  const byId = new Map<string, ProvisionTree>();
  const roots: ProvisionTree[] = [];
  for (const row of rows) {
    const node: ProvisionTree = { id: row.id, kind: row.kind, num: row.num, label: row.label, heading: row.heading, text: row.text, marks: row.marks, children: [] };
    byId.set(row.id, node);
    const parent = row.parentId === null ? undefined : byId.get(row.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** One provision of an edition with its subtree, or undefined. */
export function getProvision(db: Db, documentId: string, editionId: string, provisionId: string): ProvisionTree | undefined {
  const exists = db
    .select({ key: provisions.key })
    .from(provisions)
    .where(and(eq(provisions.documentId, documentId), eq(provisions.editionId, editionId), eq(provisions.id, provisionId)))
    .get();
  if (!exists) return undefined;
  return findProvision(getProvisionTree(db, documentId, editionId), provisionId);
}

/** The own text and label of one provision of an edition (one indexed lookup), or undefined. */
export function getProvisionText(db: Db, documentId: string, editionId: string, provisionId: string): { text: string; label: string } | undefined {
  return db
    .select({ text: provisions.text, label: provisions.label })
    .from(provisions)
    .where(and(eq(provisions.documentId, documentId), eq(provisions.editionId, editionId), eq(provisions.id, provisionId)))
    .get();
}

/** Find a provision by id in a tree. */
export function findProvision(tree: readonly ProvisionTree[], id: string): ProvisionTree | undefined {
  for (const node of tree) {
    if (node.id === id) return node;
    const found = findProvision(node.children, id);
    if (found) return found;
  }
  return undefined;
}

/** What the last corpus import could not use. */
export function listCorpusNotices(db: Db): CorpusNoticeRow[] {
  return db.select().from(corpusNotices).orderBy(asc(corpusNotices.key)).all();
}

/**
 * The edition a reader opens by default: a full text over an excerpt, then one marked preferred
 * in its file, then the most recent, then by id.
 */
export function preferredEdition<T extends Pick<EditionRow, "completeness" | "preferred" | "editionDate" | "id">>(list: readonly T[]): T | undefined {
  return [...list].sort(compareEditions)[0];
}

function compareEditions(a: Pick<EditionRow, "completeness" | "preferred" | "editionDate" | "id">, b: typeof a): number {
  if (a.completeness !== b.completeness) return a.completeness === "full" ? -1 : 1;
  if (a.preferred !== b.preferred) return a.preferred ? -1 : 1;
  if ((a.editionDate ?? "") !== (b.editionDate ?? "")) return (b.editionDate ?? "").localeCompare(a.editionDate ?? "");
  return a.id.localeCompare(b.id);
}

function summarise(doc: DocumentRow, rows: EditionRow[]): DocumentSummary {
  const sorted = [...rows].sort(compareEditions);
  return {
    id: doc.id,
    title: doc.title,
    shortTitle: doc.shortTitle,
    type: doc.type,
    adopted: { date: doc.adoptedOn, place: doc.adoptedAt },
    inForce: doc.inForceOn,
    parties: doc.parties,
    languages: doc.languages,
    citation: doc.citation,
    notes: doc.notes,
    editions: sorted.map((e, index) => ({
      documentId: e.documentId,
      id: e.id,
      language: e.language,
      title: e.title,
      completeness: e.completeness,
      summary: e.summary,
      source: { citation: e.sourceCitation, file: e.sourceFile, lines: e.sourceLines, url: e.sourceUrl },
      licence: e.licence,
      notes: e.notes,
      date: e.editionDate,
      preferred: index === 0,
    })),
  };
}
