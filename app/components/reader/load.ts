import "server-only";
import { currentViewer } from "@/app/lib/viewer";
import { getDb } from "@/app/lib/db";
import { getDocument, getProvisionTree } from "@/db/queries/corpus";
import { notesLayer, notesOnEditions } from "@/app/components/notes/layer";
import type { ReaderProps } from "./Reader";

/** What the reader page needs, for a document and an edition (preferred when not named); null when unknown. */
export async function loadReader(documentId: string, editionId: string | null): Promise<ReaderProps | null> {
  const db = getDb();
  const document = getDocument(db, documentId);
  const edition = editionId ? document?.editions.find((e) => e.id === editionId) : document?.editions[0];
  if (!document || !edition) return null;
  const { user, viewer: rights } = await currentViewer();
  const notes = notesOnEditions(db, rights, [{ document: document.id, edition: edition.id }]);
  const path = editionId ? `/documents/${document.id}/editions/${edition.id}` : `/documents/${document.id}`;
  return { document, edition, tree: getProvisionTree(db, document.id, edition.id), notes, path, ...notesLayer(db, user) };
}
