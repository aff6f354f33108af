import { NextResponse } from "next/server";
import { parseParams, readInput, route } from "@/app/api/http";
import { currentUser, requireUser } from "@/app/lib/auth";
import { getDb } from "@/app/lib/db";
import { createAssignmentFor, memberAccess } from "@/app/lib/seminars";
import { listAssignments } from "@/db/queries/seminars";
import { createAssignmentInput, seminarId } from "../../schema";
import { presentAssignment } from "./present";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** GET /api/seminars/{id}/assignments: the seminar's assignments (members only). */
export const GET = route(async (request: Request, context: Context) => {
  const id = parseParams(seminarId, (await context.params).id);
  const user = await currentUser(request);
  memberAccess(user?.id ?? null, id);
  return NextResponse.json({ assignments: listAssignments(getDb(), id).map(presentAssignment) });
});

/** POST /api/seminars/{id}/assignments: a new assignment (instructors only). */
export const POST = route(async (request: Request, context: Context) => {
  const id = parseParams(seminarId, (await context.params).id);
  const user = await requireUser(request, "Sign in to set assignments.");
  const assignment = createAssignmentFor(user.id, id, await readInput(request, createAssignmentInput));
  return NextResponse.json({ assignment: { id: assignment } }, { status: 201, headers: { Location: `/seminars/${id}/assignments/${assignment}` } });
});
