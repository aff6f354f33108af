import { NextResponse } from "next/server";
import { parseParams, readInput, route } from "@/app/api/http";
import { requireUser } from "@/app/lib/auth";
import { currentViewer } from "@/app/lib/viewer";
import { getDb } from "@/app/lib/db";
import { createNoteFor } from "@/app/lib/notes";
import { listNotes } from "@/db/queries/annotations";
import { presentNote } from "./present";
import { createNoteInput, listQuery } from "./schema";

export const dynamic = "force-dynamic";

/** GET /api/annotations?document=&edition=&provision=&author=&tag=: the notes you may read. */
export const GET = route(async (request: Request) => {
  const query = parseParams(listQuery, Object.fromEntries(new URL(request.url).searchParams));
  const { user, viewer } = await currentViewer(request);
  const notes = listNotes(getDb(), viewer, query);
  return NextResponse.json({ annotations: notes.map((n) => presentNote(n, user?.id ?? null)) });
});

/** POST /api/annotations: a new note on passages, or a reply (inReplyTo). Signed-in users only. */
export const POST = route(async (request: Request) => {
  const user = await requireUser(request, "Sign in to write notes.");
  const note = createNoteFor(user.id, await readInput(request, createNoteInput));
  return NextResponse.json({ annotation: presentNote(note, user.id) }, { status: 201, headers: { Location: `/api/annotations/${note.id}` } });
});
