import { NextResponse } from "next/server";
import { ApiError, parseParams, route } from "@/app/api/http";
import { readJson } from "@/app/api/annotations/request";
import { currentUser } from "@/app/lib/auth";
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
  const user = await currentUser(request);
  if (!user) throw new ApiError(401, "unauthenticated", "Sign in to change assignments.");
  const input = parseParams(updateAssignmentInput, await readJson(request));
  updateAssignmentFor(user.id, id, aid, {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.prompt !== undefined ? { prompt: input.prompt } : {}),
    ...(input.compare !== undefined ? { compareQuery: input.compare, provisions: null } : {}),
    ...(input.provisions !== undefined ? { provisions: input.provisions, compareQuery: null } : {}),
    ...(input.opensAt !== undefined ? { opensAt: new Date(input.opensAt).toISOString() } : {}),
    ...(input.dueAt !== undefined ? { dueAt: new Date(input.dueAt).toISOString() } : {}),
    ...(input.peersAfterPosting !== undefined ? { peersAfterPosting: input.peersAfterPosting } : {}),
  });
  return NextResponse.json({ ok: true });
});
