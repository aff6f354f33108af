import { NextResponse } from "next/server";
import type { z } from "zod";
import { notFoundError, parseParams, route } from "@/app/api/http";
import { getDb } from "@/app/lib/db";
import { getDocument, getProvision } from "@/db/queries/corpus";
import { provisionParams, type provisionResponse } from "@/app/api/documents/schema";

export const dynamic = "force-dynamic";

type Params = { doc: string; edition: string; provisionId: string };

/** GET /api/documents/{doc}/editions/{edition}/provisions/{provisionId}: one provision and its subtree. */
export const GET = route(async (_request: Request, context: { params: Promise<Params> }) => {
  const { doc, edition, provisionId } = parseParams(provisionParams, await context.params);
  const db = getDb();
  const document = getDocument(db, doc);
  if (!document) throw notFoundError(`Document "${doc}"`);
  if (!document.editions.some((e) => e.id === edition)) throw notFoundError(`Edition "${edition}" of ${doc}`);
  const provision = getProvision(db, doc, edition, provisionId);
  if (!provision) throw notFoundError(`Provision "${provisionId}" in ${doc}/${edition}`);
  const body: z.infer<typeof provisionResponse> = { document: doc, edition, provision };
  return NextResponse.json(body);
});
