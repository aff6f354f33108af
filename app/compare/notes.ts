import "server-only";
import { presentNote, type NoteJson } from "@/app/api/annotations/present";
import type { PageText } from "@/app/components/notes/NotesProvider";
import { currentViewer } from "@/app/lib/viewer";
import type { ResolvedSide } from "@/app/lib/compare";
import type { Db } from "@/db/client";
import { listNotes } from "@/db/queries/annotations";
import { listMySeminars } from "@/db/queries/seminars";
import { codebookOptions } from "@/app/lib/codebook-options";

/** The viewer, the notes on the compared editions, and what the notes layer needs of each text. */
export async function notesForSides(db: Db, sides: readonly ResolvedSide[]) {
  const { user, viewer: rights } = await currentViewer();
  const viewer = user ? { id: user.id, name: user.name } : null;
  const byId = new Map<string, NoteJson>();
  const seen = new Set<string>();
  const texts: PageText[] = [];
  for (const side of sides) {
    const key = `${side.document.id}@${side.edition.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    texts.push({ document: side.document.id, edition: side.edition.id, title: side.document.shortTitle, order: side.flat.map((p) => p.id) });
    for (const note of listNotes(db, rights, { document: side.document.id, edition: side.edition.id })) byId.set(note.id, presentNote(note, viewer?.id ?? null));
  }
  const citables = sides.flatMap((side) =>
    (side.provision ? side.flat.filter((p) => p.id === side.provision!.id || p.id.startsWith(`${side.provision!.id}__`)) : side.flat)
      .filter((p) => p.text)
      .map((p) => ({ document: side.document.id, edition: side.edition.id, provision: p.id, label: `${side.document.shortTitle} ${p.label}` })),
  );
  const seminars = user ? listMySeminars(db, user.id).map((s) => ({ id: s.id, name: s.name })) : [];
  return { viewer, notes: [...byId.values()], texts, citables, seminars, codebooks: codebookOptions(db) };
}
