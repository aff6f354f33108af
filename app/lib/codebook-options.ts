import "server-only";
import type { CodebookOption } from "@/app/components/notes/NotesProvider";
import type { Db } from "@/db/client";
import { listCodebookElements, listCodebooks } from "@/db/queries/codebooks";

/** Every codebook with its elements, for the coding composer (two queries, a few dozen rows). */
export function codebookOptions(db: Db): CodebookOption[] {
  const elements = listCodebookElements(db);
  return listCodebooks(db).map((b) => ({
    id: b.id,
    name: b.version > 1 ? `${b.name} (version ${b.version})` : b.name,
    elements: (elements.get(b.id) ?? []).map((e) => ({ code: e.code, name: e.name })),
  }));
}
