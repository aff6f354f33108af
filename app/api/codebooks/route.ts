import { NextResponse } from "next/server";
import { readInput, route } from "@/app/api/http";
import { requireUser } from "@/app/lib/auth";
import { createCodebookFor } from "@/app/lib/codebooks";
import { getDb } from "@/app/lib/db";
import { listCodebooks } from "@/db/queries/codebooks";
import { codebookInput } from "./schema";

export const dynamic = "force-dynamic";

/** GET /api/codebooks: every codebook (the default first). */
export const GET = route(() =>
  NextResponse.json({
    codebooks: listCodebooks(getDb()).map((b) => ({ id: b.id, family: b.family, version: b.version, name: b.name, description: b.description, source: b.source, default: b.createdBy === null })),
  }),
);

/** POST /api/codebooks { name, description?, elements: [{ name, description?, code? }] }: instructors only. */
export const POST = route(async (request: Request) => {
  const user = await requireUser(request, "Sign in to create a codebook.");
  const id = createCodebookFor(user.id, await readInput(request, codebookInput));
  return NextResponse.json({ codebook: { id } }, { status: 201 });
});
