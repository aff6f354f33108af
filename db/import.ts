import { and, eq } from "drizzle-orm";
import { parseEditionBody } from "../lib/corpus/edition-file";
import { pairKey, parseCrosswalk } from "../lib/align/crosswalk";
import type { CrosswalkEntry } from "../lib/align/types";
import { notice, readCrosswalkFiles, scanCorpus, sha256, type CorpusNotice, type DocumentSource, type EditionSource } from "../lib/corpus/folders";
import { CorpusError, type ProvisionNode } from "../lib/corpus/types";
import { carryNotesToEdition, type CarryReport } from "./carry";
import type { Db } from "./client";
import { alignments, corpusNotices, corpusState, documents, editions, provisions } from "./schema";

/**
 * The importer: corpus files in, documents / editions / provisions out. It is idempotent (an
 * unchanged file costs a hash and no write), transactional per edition, and never changes the
 * text of a stored edition, because notes are anchored to it.
 */

/** What one import run did. */
export interface ImportReport {
  documentsAdded: string[];
  documentsUpdated: string[];
  editionsAdded: { documentId: string; editionId: string; provisions: number; byKind: Record<string, number> }[];
  editionsUpdated: string[];
  editionsUnchanged: number;
  /** Notes carried over to the editions added in this run. */
  carried: CarryReport[];
  /** Number of curated alignments stored, when the crosswalk files changed; else null. */
  alignmentsImported: number | null;
  notices: CorpusNotice[];
  /** True when the run wrote nothing to the database. */
  unchanged: boolean;
}

/** Import every document and edition found in the corpus folders. Never throws for bad files. */
export function importCorpus(db: Db, folders: readonly string[]): ImportReport {
  const scan = scanCorpus(folders);
  const report: ImportReport = {
    documentsAdded: [],
    documentsUpdated: [],
    editionsAdded: [],
    editionsUpdated: [],
    editionsUnchanged: 0,
    alignmentsImported: null,
    carried: [],
    notices: [...scan.notices],
    unchanged: true,
  };
  const storedDocuments = new Map(db.select({ id: documents.id, metaHash: documents.metaHash }).from(documents).all().map((d) => [d.id, d.metaHash]));
  const storedEditions = new Map(
    db
      .select({ documentId: editions.documentId, id: editions.id, textHash: editions.textHash, metaHash: editions.metaHash })
      .from(editions)
      .all()
      .map((e) => [`${e.documentId}/${e.id}`, e]),
  );

  for (const source of scan.documents) {
    const stored = storedDocuments.get(source.id);
    if (stored === source.hash) continue;
    upsertDocument(db, source, stored !== undefined);
    (stored === undefined ? report.documentsAdded : report.documentsUpdated).push(source.id);
  }

  for (const source of scan.editions) {
    const stored = storedEditions.get(`${source.documentId}/${source.meta.id}`);
    if (stored && stored.textHash !== source.textHash) {
      report.notices.push({
        file: source.textFile,
        level: "refused",
        message:
          `the text of edition "${source.meta.id}" of ${source.documentId} differs from the text stored on first import, ` +
          `and a stored edition never changes (notes are anchored to it). The stored text stays in use. ` +
          `To add the changed text, give its edition file a new id (for example "${source.meta.id}-2") ` +
          `and keep the old file unchanged, or restore the file.`,
      });
    } else if (stored) {
      if (stored.metaHash === source.metaHash) report.editionsUnchanged += 1;
      else {
        db.update(editions).set(editionColumns(source)).where(and(eq(editions.documentId, source.documentId), eq(editions.id, source.meta.id))).run();
        report.editionsUpdated.push(`${source.documentId}/${source.meta.id}`);
      }
    } else {
      try {
        const parsed = parseEditionBody(source.text, source.format, source.textLine);
        for (const warning of parsed.warnings) report.notices.push({ file: source.textFile, line: warning.line, message: warning.message, level: "warning" });
        if (parsed.provisions.length === 0) throw new CorpusError("no provisions found in the text", source.textLine);
        const count = insertEdition(db, source, parsed.provisions);
        report.editionsAdded.push({ documentId: source.documentId, editionId: source.meta.id, ...count });
        const carried = carryNotesToEdition(db, source.documentId, source.meta.id);
        if (carried.exact + carried.moved + carried.fuzzy + carried.orphan > 0) report.carried.push(carried);
      } catch (error) {
        if (!(error instanceof CorpusError)) throw error;
        report.notices.push({ file: source.textFile, ...(error.line !== undefined ? { line: error.line } : {}), message: error.message, level: "error" });
      }
    }
  }

  report.alignmentsImported = importCrosswalks(db, folders, report.notices);
  report.unchanged =
    report.documentsAdded.length + report.documentsUpdated.length + report.editionsAdded.length + report.editionsUpdated.length === 0 &&
    report.alignmentsImported === null;
  if (replaceNotices(db, report.notices)) report.unchanged = false;
  return report;
}

/** Store one parsed edition of a document in one transaction; returns provision counts. */
export function insertEdition(db: Db, source: EditionSource, tree: readonly ProvisionNode[]): { provisions: number; byKind: Record<string, number> } {
  const rows = flatten(source.documentId, source.meta.id, tree);
  const byKind: Record<string, number> = {};
  for (const row of rows) byKind[row.kind] = (byKind[row.kind] ?? 0) + 1;
  db.transaction((tx) => {
    tx.insert(editions).values({ documentId: source.documentId, id: source.meta.id, ...editionColumns(source), importedAt: new Date().toISOString() }).run();
    for (let i = 0; i < rows.length; i += 500) tx.insert(provisions).values(rows.slice(i, i + 500)).run();
  });
  return { provisions: rows.length, byKind };
}

/** True when an edition id is already stored for a document. */
export function editionExists(db: Db, documentId: string, editionId: string): { textHash: string } | undefined {
  return db.select({ textHash: editions.textHash }).from(editions).where(and(eq(editions.documentId, documentId), eq(editions.id, editionId))).get();
}

function editionColumns(source: EditionSource) {
  const { meta } = source;
  return {
    language: meta.language,
    title: meta.title,
    sourceCitation: meta.source.citation,
    sourceFile: meta.source.seed?.file ?? null,
    sourceLines: meta.source.seed?.lines ?? null,
    sourceUrl: meta.source.url ?? null,
    licence: meta.licence,
    completeness: meta.completeness,
    summary: meta.summary,
    notes: meta.notes ?? null,
    editionDate: meta.date ?? null,
    preferred: meta.preferred ?? false,
    format: source.format,
    origin: source.textFile,
    textHash: source.textHash,
    metaHash: source.metaHash,
  };
}

function upsertDocument(db: Db, source: DocumentSource, exists: boolean): void {
  const { meta } = source;
  const values = {
    title: meta.title,
    shortTitle: meta.shortTitle,
    type: meta.type,
    adoptedOn: meta.adopted.date,
    adoptedAt: meta.adopted.place ?? null,
    inForceOn: meta.inForce ?? null,
    parties: meta.parties,
    languages: meta.languages,
    citation: meta.citation,
    notes: meta.notes ?? null,
    position: meta.order ?? 0,
    metaHash: source.hash,
  };
  if (exists) db.update(documents).set(values).where(eq(documents.id, source.id)).run();
  else db.insert(documents).values({ id: source.id, ...values }).run();
}

function flatten(documentId: string, editionId: string, tree: readonly ProvisionNode[]) {
  const rows: (typeof provisions.$inferInsert & { kind: ProvisionNode["kind"] })[] = [];
  const visit = (nodes: readonly ProvisionNode[], parentId: string | null, depth: number) => {
    for (const node of nodes) {
      rows.push({
        documentId,
        editionId,
        id: node.id,
        parentId,
        position: rows.length,
        depth,
        kind: node.kind,
        num: node.num,
        label: node.label,
        heading: node.heading,
        text: node.text,
        marks: node.marks,
        line: node.line,
      });
      visit(node.children, node.id, depth + 1);
    }
  };
  visit(tree, null, 0);
  return rows;
}

/**
 * Replace the curated alignments with those of the crosswalk files when the files changed
 * (a hash of all of them is kept). A malformed file is reported and its entries left out.
 * Returns the number stored, or null when nothing changed.
 */
function importCrosswalks(db: Db, folders: readonly string[], notices: CorpusNotice[]): number | null {
  const files = readCrosswalkFiles(folders);
  const entries: (CrosswalkEntry & { origin: string })[] = [];
  for (const { file, text } of files) {
    try {
      for (const entry of parseCrosswalk(text, file)) entries.push({ ...entry, origin: entry.line !== undefined ? `${file}:${entry.line}` : file });
    } catch (error) {
      if (!(error instanceof CorpusError)) throw error;
      notices.push(notice(file, error));
    }
  }
  const hash = sha256(JSON.stringify(files));
  const stored = db.select({ value: corpusState.value }).from(corpusState).where(eq(corpusState.key, "crosswalk-hash")).get();
  if (stored?.value === hash) return null;
  const seen = new Set<string>();
  const rows = entries.filter((e) => {
    const key = pairKey(e.left, e.right);
    if (seen.has(key)) {
      notices.push({ file: e.origin, message: `the pair ${e.left.document}:${e.left.provision} / ${e.right.document}:${e.right.provision} is listed twice; the first entry is used`, level: "warning" });
      return false;
    }
    seen.add(key);
    return true;
  });
  db.transaction((tx) => {
    tx.delete(alignments).where(eq(alignments.createdBy, "curated")).run();
    for (const e of rows) {
      tx.insert(alignments)
        .values({
          leftDocument: e.left.document,
          leftProvision: e.left.provision,
          rightDocument: e.right.document,
          rightProvision: e.right.provision,
          kind: e.kind,
          note: e.note,
          source: e.source,
          createdBy: "curated",
          origin: e.origin,
        })
        .run();
    }
    tx.insert(corpusState).values({ key: "crosswalk-hash", value: hash }).onConflictDoUpdate({ target: corpusState.key, set: { value: hash } }).run();
  });
  return rows.length;
}

/** Keep the stored notices equal to this run's; returns true when they changed. */
function replaceNotices(db: Db, notices: readonly CorpusNotice[]): boolean {
  const next = notices.map((n) => ({ file: n.file, line: n.line ?? null, level: n.level, message: n.message }));
  const current = db.select({ file: corpusNotices.file, line: corpusNotices.line, level: corpusNotices.level, message: corpusNotices.message }).from(corpusNotices).orderBy(corpusNotices.key).all();
  if (JSON.stringify(current) === JSON.stringify(next)) return false;
  db.transaction((tx) => {
    tx.delete(corpusNotices).run();
    if (next.length > 0) tx.insert(corpusNotices).values(next).run();
  });
  return true;
}
