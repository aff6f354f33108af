import { NextResponse } from "next/server";
import { readInput, route } from "@/app/api/http";
import { requireUser } from "@/app/lib/auth";
import { joinByCode } from "@/app/lib/seminars";
import { joinInput } from "../schema";

export const dynamic = "force-dynamic";

/** POST /api/seminars/join { code }: join a seminar as a student (attempts are rate-limited). */
export const POST = route(async (request: Request) => {
  const user = await requireUser(request, "Sign in to join a seminar.");
  const { code } = await readInput(request, joinInput);
  const seminar = await joinByCode(user.id, code);
  return NextResponse.json({ seminar: { id: seminar.id, name: seminar.name } });
});
