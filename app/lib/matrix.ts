import "server-only";
import type { Db } from "@/db/client";
import type { Viewer } from "@/db/queries/annotations";
import { getCodebook, listCodings } from "@/db/queries/codebooks";
import { listDocuments } from "@/db/queries/corpus";
import { elementMatrix } from "@/lib/analysis/matrix";

/** The instrument × element matrix of a codebook, from the codings the viewer may read; null for an unknown codebook. */
export function matrixFor(db: Db, viewer: Viewer, codebookId: string) {
  const book = getCodebook(db, codebookId);
  if (!book) return null;
  const documents = listDocuments(db);
  const codings = listCodings(db, viewer, codebookId);
  const matrix = elementMatrix({
    instruments: documents.map((d) => ({ id: d.id, title: d.shortTitle })),
    elements: book.elements.map((e) => ({ code: e.code, name: e.name, share: e.share })),
    codings: codings.map((c) => ({
      instrument: c.document,
      element: c.code,
      coder: c.coder,
      passage: { document: c.document, edition: c.edition, provision: c.provision, quote: c.quote, noteId: c.noteId },
    })),
  });
  return { book, matrix, codings: codings.length };
}
