import { NextResponse } from "next/server";
import { parseParams, readInput, route } from "@/app/api/http";
import { requireUser } from "@/app/lib/auth";
import { promoteFor, removeFor } from "@/app/lib/seminars";
import { memberChange, seminarId, userId } from "../../../schema";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; userId: string }> };

async function ids(context: Context) {
  const params = await context.params;
  return { id: parseParams(seminarId, params.id), member: parseParams(userId, params.userId) };
}

/** PATCH /api/seminars/{id}/members/{userId} { role: "instructor" }: promote a co-instructor (instructors only). */
export const PATCH = route(async (request: Request, context: Context) => {
  const { id, member } = await ids(context);
  const user = await requireUser(request, "Sign in to change a seminar.");
  await readInput(request, memberChange);
  promoteFor(user.id, id, member);
  return NextResponse.json({ ok: true });
});

/** DELETE /api/seminars/{id}/members/{userId}: remove a member; their notes stay (instructors only). */
export const DELETE = route(async (request: Request, context: Context) => {
  const { id, member } = await ids(context);
  const user = await requireUser(request, "Sign in to change a seminar.");
  removeFor(user.id, id, member);
  return NextResponse.json({ ok: true });
});
