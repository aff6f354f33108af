import { NextResponse } from "next/server";
import { notFoundError, parseParams, readInput, route } from "@/app/api/http";
import { requireUser } from "@/app/lib/auth";
import { currentViewer } from "@/app/lib/viewer";
import { getDb } from "@/app/lib/db";
import { deleteNoteFor, updateNoteFor } from "@/app/lib/notes";
import { getNote } from "@/db/queries/annotations";
import { presentNote } from "../present";
import { deleteNoteQuery, noteId, updateNoteInput } from "../schema";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

async function idOf(context: Context): Promise<string> {
  return parseParams(noteId, (await context.params).id);
}

/** GET /api/annotations/{id}: one note, if you may read it (404 otherwise). */
export const GET = route(async (request: Request, context: Context) => {
  const id = await idOf(context);
  const { user, viewer } = await currentViewer(request);
  const note = getNote(getDb(), viewer, id);
  if (!note) throw notFoundError(`Note "${id}"`);
  return NextResponse.json({ annotation: presentNote(note, user?.id ?? null) });
});

/** PATCH /api/annotations/{id} { version, body?, tags?, visibility? }: edit your note; 409 if stale. */
export const PATCH = route(async (request: Request, context: Context) => {
  const id = await idOf(context);
  const user = await requireUser(request, "Sign in to edit notes.");
  const input = await readInput(request, updateNoteInput);
  return NextResponse.json({ annotation: presentNote(updateNoteFor(user.id, id, input), user.id) });
});

/** DELETE /api/annotations/{id}[?version=]: mark your note deleted (it is kept). */
export const DELETE = route(async (request: Request, context: Context) => {
  const id = await idOf(context);
  const user = await requireUser(request, "Sign in to delete notes.");
  const { version } = parseParams(deleteNoteQuery, Object.fromEntries(new URL(request.url).searchParams));
  return NextResponse.json({ annotation: presentNote(deleteNoteFor(user.id, id, version ?? null), user.id) });
});
