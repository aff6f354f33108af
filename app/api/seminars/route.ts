import { NextResponse } from "next/server";
import { readInput, route } from "@/app/api/http";
import { requireUser } from "@/app/lib/auth";
import { getDb } from "@/app/lib/db";
import { createSeminarFor } from "@/app/lib/seminars";
import { listMySeminars } from "@/db/queries/seminars";
import { createSeminarInput } from "./schema";

export const dynamic = "force-dynamic";

/** GET /api/seminars: the seminars you belong to, with your role. */
export const GET = route(async (request: Request) => {
  const user = await requireUser(request, "Sign in to see your seminars.");
  const seminars = listMySeminars(getDb(), user.id).map((s) => ({ id: s.id, name: s.name, term: s.term, description: s.description, role: s.role, members: s.members }));
  return NextResponse.json({ seminars });
});

/** POST /api/seminars { name, description?, term? }: a new seminar, with you as its instructor. */
export const POST = route(async (request: Request) => {
  const user = await requireUser(request, "Sign in to create a seminar.");
  const id = createSeminarFor(user.id, await readInput(request, createSeminarInput));
  return NextResponse.json({ seminar: { id } }, { status: 201, headers: { Location: `/seminars/${id}` } });
});
