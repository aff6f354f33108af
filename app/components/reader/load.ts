import "server-only";
import { presentNote } from "@/app/api/annotations/present";
import { currentViewer } from "@/app/lib/viewer";
import { getDb } from "@/app/lib/db";
import { listNotes } from "@/db/queries/annotations";
import { listMySeminars } from "@/db/queries/seminars";
import { codebookOptions } from "@/app/lib/codebook-options";
import { getDocument, getProvisionTree } from "@/db/queries/corpus";
import type { ReaderProps } from "./Reader";

/** What the reader page needs, for a document and an edition (preferred when not named); null when unknown. */
export async function loadReader(documentId: string, editionId: string | null): Promise<ReaderProps | null> {
  const db = getDb();
  const document = getDocument(db, documentId);
  const edition = editionId ? document?.editions.find((e) => e.id === editionId) : document?.editions[0];
  if (!document || !edition) return null;
  const { user, viewer: rights } = await currentViewer();
  const viewer = user ? { id: user.id, name: user.name } : null;
  const notes = listNotes(db, rights, { document: document.id, edition: edition.id }).map((n) => presentNote(n, viewer?.id ?? null));
  const path = editionId ? `/documents/${document.id}/editions/${edition.id}` : `/documents/${document.id}`;
  const seminars = user ? listMySeminars(db, user.id).map((s) => ({ id: s.id, name: s.name })) : [];
  return { document, edition, tree: getProvisionTree(db, document.id, edition.id), viewer, notes, path, seminars, codebooks: codebookOptions(db) };
}
