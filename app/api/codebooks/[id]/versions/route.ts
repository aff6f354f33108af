import { NextResponse } from "next/server";
import { parseParams, readInput, route } from "@/app/api/http";
import { requireUser } from "@/app/lib/auth";
import { newVersionFor } from "@/app/lib/codebooks";
import { codebookId, codebookInput } from "../../schema";

export const dynamic = "force-dynamic";

/** POST /api/codebooks/{id}/versions: a new version of your codebook (earlier versions and their codings stay). */
export const POST = route(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const id = parseParams(codebookId, (await context.params).id);
  const user = await requireUser(request, "Sign in to publish a codebook version.");
  const version = newVersionFor(user.id, id, await readInput(request, codebookInput));
  return NextResponse.json({ codebook: { id: version } }, { status: 201 });
});
