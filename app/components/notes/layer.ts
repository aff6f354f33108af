import "server-only";
import { presentNote, type NoteJson } from "@/app/api/annotations/present";
import { codebookOptions } from "@/app/lib/codebook-options";
import { sideProvisions, type ResolvedSide } from "@/app/lib/compare";
import type { Db } from "@/db/client";
import { listNotes, type Viewer } from "@/db/queries/annotations";
import { listMySeminars } from "@/db/queries/seminars";
import type { Citable } from "./CommentEditor";
import type { CodebookOption } from "./NotesProvider";

/**
 * What a page's notes layer (NotesProvider, the panel, the composer) needs from the server,
 * besides its texts and notes: who writes, the seminars their notes can go to, the codebooks.
 */
export interface NotesLayer {
  viewer: { id: string; name: string } | null;
  seminars: { id: string; name: string }[];
  codebooks: CodebookOption[];
}

/** The notes layer for a signed-in user, or for nobody. */
export function notesLayer(db: Db, user: { id: string; name: string } | null): NotesLayer {
  return {
    viewer: user ? { id: user.id, name: user.name } : null,
    seminars: user ? listMySeminars(db, user.id).map((s) => ({ id: s.id, name: s.name })) : [],
    codebooks: codebookOptions(db),
  };
}

/** The notes on these editions that `rights` allows, each once, as the browser gets them. */
export function notesOnEditions(db: Db, rights: Viewer, editions: readonly { document: string; edition: string }[]): NoteJson[] {
  const byId = new Map<string, NoteJson>();
  for (const { document, edition } of editions) {
    for (const note of listNotes(db, rights, { document, edition })) byId.set(note.id, presentNote(note, rights.id ?? null));
  }
  return [...byId.values()];
}

/** The provisions of the sides that a comment can cite (those with text of their own). */
export function citablesOf(sides: readonly ResolvedSide[]): Citable[] {
  return sides.flatMap((side) =>
    sideProvisions(side)
      .filter((p) => p.text)
      .map((p) => ({ document: side.document.id, edition: side.edition.id, provision: p.id, label: `${side.document.shortTitle} ${p.label}` })),
  );
}
