import "server-only";
import { presentNote, type NoteJson } from "@/app/api/annotations/present";
import type { Db } from "@/db/client";
import { listNotes } from "@/db/queries/annotations";
import { listMembers } from "@/db/queries/seminars";
import type { AssignmentRow } from "@/db/schema";
import { heatMap, inTextOrder, studentLines, type OverviewNote } from "@/lib/seminars/overview";
import { parseCompareParams, parseSide, type Side } from "@/lib/compare/params";
import { resolveSide, type ResolvedSide } from "./compare";
import { viewerFor } from "./viewer";

/** The texts an assignment sets: the sides of its comparison, or its provisions. */
export function assignmentSides(db: Db, assignment: AssignmentRow): ResolvedSide[] {
  const sides: Side[] = assignment.compareQuery ? parseCompareParams(new URLSearchParams(assignment.compareQuery)).sides : (assignment.provisions ?? []).map(parseSide);
  return sides.map((side, i) => resolveSide(db, side, `side ${i + 1}`));
}

/**
 * Everything the instructor's overview shows: per-student counts, each student's notes in text
 * order, and the heat map of provisions, from the notes the instructor may read.
 */
export function assignmentWork(db: Db, instructorId: string, assignment: AssignmentRow) {
  const sides = assignmentSides(db, assignment);
  const provisions = sides.flatMap((side) =>
    (side.provision ? side.flat.filter((p) => p.id === side.provision!.id || p.id.startsWith(`${side.provision!.id}__`)) : side.flat).map((p) => ({
      key: `${side.document.id}:${p.id}`,
      label: `${side.document.shortTitle} ${p.label}`,
    })),
  );
  const order = new Map(provisions.map((p, i) => [p.key, i]));
  const notes = listNotes(db, viewerFor(instructorId), { assignment: assignment.id }).map((n) => presentNote(n, instructorId));
  const byId = new Map(notes.map((n) => [n.id, n]));
  const records = notes.map((note): OverviewNote & { note: NoteJson } => {
    // A reply is placed where its thread's first note is (itself, if that note cannot be read).
    const root = byId.get(note.threadId) ?? note;
    const target = root.targets.find((t) => t.origin === "selected");
    const provision = target ? `${target.document}:${target.anchor.status === "orphan" ? target.provision : target.anchor.provision}` : null;
    return {
      id: note.id,
      authorId: note.author.id,
      isReply: note.inReplyTo !== null,
      provision,
      order: provision ? (order.get(provision) ?? Number.MAX_SAFE_INTEGER) : Number.MAX_SAFE_INTEGER,
      start: target?.anchor.start ?? 0,
      created: note.created,
      deleted: note.deleted,
      note,
    };
  });
  const members = listMembers(db, assignment.seminarId).map((m) => ({ userId: m.userId, name: m.name, role: m.role, former: m.removedAt !== null }));
  const labels = new Map(provisions.map((p) => [p.key, p.label]));
  return {
    sides,
    students: studentLines(members, records, assignment.dueAt).map((line) => ({
      ...line,
      items: inTextOrder(records.filter((r) => r.authorId === line.userId && !r.deleted)).map((r) => ({ ...r, label: r.provision ? (labels.get(r.provision) ?? r.provision) : "" })),
    })),
    heat: heatMap(provisions, records),
    notes,
  };
}
