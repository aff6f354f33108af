import "server-only";
import { citablesOf, notesLayer, notesOnEditions } from "@/app/components/notes/layer";
import { currentViewer } from "@/app/lib/viewer";
import { pageText, uniqueEditions, type ResolvedSide } from "@/app/lib/compare";
import type { Db } from "@/db/client";

/** The viewer, the notes on the compared editions, and what the notes layer needs of each text. */
export async function notesForSides(db: Db, sides: readonly ResolvedSide[]) {
  const { user, viewer: rights } = await currentViewer();
  const texts = uniqueEditions(sides).map(pageText);
  return { ...notesLayer(db, user), notes: notesOnEditions(db, rights, texts), texts, citables: citablesOf(sides) };
}
