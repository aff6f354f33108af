import { NextResponse } from "next/server";
import { parseParams, readInput, route } from "@/app/api/http";
import { currentUser, requireUser } from "@/app/lib/auth";
import { assignmentAccess, updateAssignmentFor } from "@/app/lib/seminars";
import { assignmentId, seminarId, updateAssignmentInput } from "../../../schema";
import { presentAssignment } from "../present";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; aid: string }> };

async function ids(context: Context) {
  const params = await context.params;
  return { id: parseParams(seminarId, params.id), aid: parseParams(assignmentId, params.aid) };
}

/** GET /api/seminars/{id}/assignments/{aid}: one assignment (members only). */
export const GET = route(async (request: Request, context: Context) => {
  const { id, aid } = await ids(context);
  const user = await currentUser(request);
  return NextResponse.json({ assignment: presentAssignment(assignmentAccess(user?.id ?? null, id, aid).assignment) });
});

/** PATCH /api/seminars/{id}/assignments/{aid}: change an assignment (instructors only). */
export const PATCH = route(async (request: Request, context: Context) => {
  const { id, aid } = await ids(context);
  const user = await requireUser(request, "Sign in to change assignments.");
  updateAssignmentFor(user.id, id, aid, await readInput(request, updateAssignmentInput));
  return NextResponse.json({ ok: true });
});
