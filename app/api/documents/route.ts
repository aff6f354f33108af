import { NextResponse } from "next/server";
import { route } from "@/app/api/http";
import { getDb } from "@/app/lib/db";
import { listDocuments } from "@/db/queries/corpus";
import { presentDocument } from "./present";
import type { documentListResponse } from "./schema";
import type { z } from "zod";

export const dynamic = "force-dynamic";

/** GET /api/documents: every document with its editions (id, language, completeness, source). */
export const GET = route(() => {
  const body: z.infer<typeof documentListResponse> = { documents: listDocuments(getDb()).map(presentDocument) };
  return NextResponse.json(body);
});
