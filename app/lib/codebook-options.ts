import "server-only";
import type { CodebookOption } from "@/app/components/notes/NotesProvider";
import type { Db } from "@/db/client";
import { getCodebook, listCodebooks } from "@/db/queries/codebooks";

/** Every codebook with its elements, for the coding composer (a few dozen rows). */
export function codebookOptions(db: Db): CodebookOption[] {
  return listCodebooks(db).map((b) => {
    const book = getCodebook(db, b.id)!;
    return { id: b.id, name: b.version > 1 ? `${b.name} (version ${b.version})` : b.name, elements: book.elements.map((e) => ({ code: e.code, name: e.name })) };
  });
}
