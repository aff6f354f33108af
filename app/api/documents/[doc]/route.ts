import { NextResponse } from "next/server";
import type { z } from "zod";
import { notFoundError, parseParams, route } from "@/app/api/http";
import { getDb } from "@/app/lib/db";
import { getDocument } from "@/db/queries/corpus";
import { presentDocument } from "../present";
import { documentParams, type documentResponse } from "../schema";

export const dynamic = "force-dynamic";

/** GET /api/documents/{doc}: one document with its editions. */
export const GET = route(async (_request: Request, context: { params: Promise<{ doc: string }> }) => {
  const { doc } = parseParams(documentParams, await context.params);
  const document = getDocument(getDb(), doc);
  if (!document) throw notFoundError(`Document "${doc}"`);
  const body: z.infer<typeof documentResponse> = { document: presentDocument(document) };
  return NextResponse.json(body);
});
