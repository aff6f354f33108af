import { NextResponse } from "next/server";
import { notFoundError, parseParams, route } from "@/app/api/http";
import { currentViewer } from "@/app/lib/viewer";
import { getDb } from "@/app/lib/db";
import { getNote, listRevisions } from "@/db/queries/annotations";
import { noteId } from "../../schema";

export const dynamic = "force-dynamic";

/** GET /api/annotations/{id}/revisions: every version of a note you may read (a deleted note's stay hidden). */
export const GET = route(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const id = parseParams(noteId, (await context.params).id);
  const { viewer } = await currentViewer(request);
  const db = getDb();
  const note = getNote(db, viewer, id);
  if (!note) throw notFoundError(`Note "${id}"`);
  const revisions = note.deleted ? [] : listRevisions(db, id).map((r) => ({ version: r.version, body: r.body, bodyText: r.bodyText, tags: r.tags, visibility: r.visibility, editedAt: r.editedAt }));
  return NextResponse.json({ revisions });
});
