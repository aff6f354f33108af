import { NextResponse } from "next/server";
import { notFoundError, parseParams, route } from "@/app/api/http";
import { getDb } from "@/app/lib/db";
import { getCodebook } from "@/db/queries/codebooks";
import { codebookId } from "../schema";

export const dynamic = "force-dynamic";

/** GET /api/codebooks/{id}: a codebook and its elements. */
export const GET = route(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const id = parseParams(codebookId, (await context.params).id);
  const book = getCodebook(getDb(), id);
  if (!book) throw notFoundError(`Codebook "${id}"`);
  return NextResponse.json({
    codebook: {
      id: book.id,
      family: book.family,
      version: book.version,
      name: book.name,
      description: book.description,
      source: book.source,
      elements: book.elements.map((e) => ({ code: e.code, name: e.name, description: e.description, share: e.share })),
    },
  });
});
