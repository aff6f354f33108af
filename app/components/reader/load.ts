import "server-only";
import { presentNote } from "@/app/api/annotations/present";
import { currentUser } from "@/app/lib/auth";
import { getDb } from "@/app/lib/db";
import { listNotes } from "@/db/queries/annotations";
import { getDocument, getProvisionTree } from "@/db/queries/corpus";
import type { ReaderProps } from "./Reader";

/** What the reader page needs, for a document and an edition (preferred when not named); null when unknown. */
export async function loadReader(documentId: string, editionId: string | null): Promise<ReaderProps | null> {
  const db = getDb();
  const document = getDocument(db, documentId);
  const edition = editionId ? document?.editions.find((e) => e.id === editionId) : document?.editions[0];
  if (!document || !edition) return null;
  const user = await currentUser();
  const viewer = user ? { id: user.id, name: user.name } : null;
  const notes = listNotes(db, { id: viewer?.id ?? null }, { document: document.id, edition: edition.id }).map((n) => presentNote(n, viewer?.id ?? null));
  const path = editionId ? `/documents/${document.id}/editions/${edition.id}` : `/documents/${document.id}`;
  return { document, edition, tree: getProvisionTree(db, document.id, edition.id), viewer, notes, path };
}
