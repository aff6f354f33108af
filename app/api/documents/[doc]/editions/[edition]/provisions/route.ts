import { NextResponse } from "next/server";
import type { z } from "zod";
import { notFoundError, parseParams, route } from "@/app/api/http";
import { getDb } from "@/app/lib/db";
import { getDocument, getProvisionTree } from "@/db/queries/corpus";
import { editionParams, type provisionTreeResponse } from "@/app/api/documents/schema";

export const dynamic = "force-dynamic";

/** GET /api/documents/{doc}/editions/{edition}/provisions: the edition's provision tree. */
export const GET = route(async (_request: Request, context: { params: Promise<{ doc: string; edition: string }> }) => {
  const { doc, edition } = parseParams(editionParams, await context.params);
  const db = getDb();
  const document = getDocument(db, doc);
  if (!document) throw notFoundError(`Document "${doc}"`);
  if (!document.editions.some((e) => e.id === edition)) throw notFoundError(`Edition "${edition}" of ${doc}`);
  const body: z.infer<typeof provisionTreeResponse> = { document: doc, edition, provisions: getProvisionTree(db, doc, edition) };
  return NextResponse.json(body);
});
