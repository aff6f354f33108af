import { NextResponse } from "next/server";
import { ApiError, parseParams, route } from "@/app/api/http";
import { readJson } from "@/app/api/annotations/request";
import { currentUser } from "@/app/lib/auth";
import { joinByCode } from "@/app/lib/seminars";
import { joinInput } from "../schema";

export const dynamic = "force-dynamic";

/** POST /api/seminars/join { code }: join a seminar as a student (attempts are rate-limited). */
export const POST = route(async (request: Request) => {
  const user = await currentUser(request);
  if (!user) throw new ApiError(401, "unauthenticated", "Sign in to join a seminar.");
  const { code } = parseParams(joinInput, await readJson(request));
  const seminar = await joinByCode(user.id, code);
  return NextResponse.json({ seminar: { id: seminar.id, name: seminar.name } });
});
