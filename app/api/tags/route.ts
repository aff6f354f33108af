import { NextResponse } from "next/server";
import { z } from "zod";
import { parseParams, route } from "@/app/api/http";
import { currentViewer } from "@/app/lib/viewer";
import { getDb } from "@/app/lib/db";
import { listTags } from "@/db/queries/annotations";

export const dynamic = "force-dynamic";

const query = z.object({ prefix: z.string().max(40).default("") });

/** GET /api/tags?prefix=: tags in use on the notes you may read, most used first (autocomplete). */
export const GET = route(async (request: Request) => {
  const { prefix } = parseParams(query, Object.fromEntries(new URL(request.url).searchParams));
  const { viewer } = await currentViewer(request);
  return NextResponse.json({ tags: listTags(getDb(), viewer, prefix.trim()) });
});
