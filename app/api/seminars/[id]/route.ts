import { NextResponse } from "next/server";
import { parseParams, readInput, route } from "@/app/api/http";
import { currentUser, requireUser } from "@/app/lib/auth";
import { getDb } from "@/app/lib/db";
import { memberAccess, updateSeminarFor } from "@/app/lib/seminars";
import { listAssignments, listMembers } from "@/db/queries/seminars";
import { seminarId, updateSeminarInput } from "../schema";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** GET /api/seminars/{id}: the seminar, its members and assignments (members only; 404 otherwise). */
export const GET = route(async (request: Request, context: Context) => {
  const id = parseParams(seminarId, (await context.params).id);
  const user = await currentUser(request);
  const { seminar, role } = memberAccess(user?.id ?? null, id);
  const db = getDb();
  return NextResponse.json({
    seminar: {
      id: seminar.id,
      name: seminar.name,
      description: seminar.description,
      term: seminar.term,
      role,
      // The code is the instructors' to hand out.
      joinCode: role === "instructor" ? seminar.joinCode : undefined,
      members: listMembers(db, id).map((m) => ({ userId: m.userId, name: m.name, role: m.role, former: m.removedAt !== null })),
      assignments: listAssignments(db, id).map((a) => ({ id: a.id, title: a.title, opensAt: a.opensAt, dueAt: a.dueAt })),
    },
  });
});

/** PATCH /api/seminars/{id} { name?, description?, term?, joining?: "on"|"off", newCode?: true }: instructors only. */
export const PATCH = route(async (request: Request, context: Context) => {
  const id = parseParams(seminarId, (await context.params).id);
  const user = await requireUser(request, "Sign in to change a seminar.");
  updateSeminarFor(user.id, id, await readInput(request, updateSeminarInput));
  return NextResponse.json({ ok: true });
});
