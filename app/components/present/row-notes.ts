import "server-only";
import { uniqueEditions, type ResolvedSide } from "@/app/lib/compare";
import type { Db } from "@/db/client";
import { viewerFor } from "@/app/lib/viewer";
import { listNotes, type StoredNote } from "@/db/queries/annotations";
import { findProvision } from "@/db/queries/corpus";
import { columnProvisionIds, columnTitle, type Slide } from "./slides";

/**
 * The notes shown with a slide or a handout row: top-level, not deleted, and with a passage in
 * one of the provisions the row draws (on any side).
 */

/** The notes on the compared editions that `viewerId` may read (public ones when null), oldest first. */
export function notesOnSides(db: Db, sides: readonly ResolvedSide[], viewerId: string | null): StoredNote[] {
  const byId = new Map<string, StoredNote>();
  for (const side of uniqueEditions(sides)) {
    for (const note of listNotes(db, viewerFor(viewerId), { document: side.document.id, edition: side.edition.id, includeDeleted: false })) {
      if (note.inReplyTo === null && !note.deleted) byId.set(note.id, note);
    }
  }
  return [...byId.values()].sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
}

/** A note placed on a row: the note, the passage it quotes there, and where that passage is. */
export interface RowNote {
  note: StoredNote;
  quote: string;
  /** "Shanghai Convention, Article 1(1)(1)(b)". */
  where: string;
}

/** The notes with a passage in one of the slide's provisions, each once, in the notes' order. */
export function notesForSlide(notes: readonly StoredNote[], slide: Slide): RowNote[] {
  const columns = slide.columns.map((column) => ({ column, ids: new Set(columnProvisionIds(column)) }));
  const out: RowNote[] = [];
  for (const note of notes) {
    let placed: RowNote | null = null;
    for (const target of note.targets) {
      if (target.anchor.status === "orphan") continue;
      const provision = target.anchor.provision || target.provision;
      const hit = columns.find(({ column, ids }) => column.text.document.id === target.document && column.text.edition.id === target.edition && ids.has(provision));
      if (!hit) continue;
      const node = hit.column.node ? findProvision([hit.column.node], provision) : undefined;
      placed = { note, quote: target.quote.exact.trim(), where: node ? `${hit.column.text.document.shortTitle}, ${node.label}` : columnTitle(hit.column) };
      break;
    }
    if (placed) out.push(placed);
  }
  return out;
}
