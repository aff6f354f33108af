import { NextResponse } from "next/server";
import { z } from "zod";
import { attachment, notFoundError, parseParams, route } from "@/app/api/http";
import { codebookId } from "@/app/api/ids";
import { getDb } from "@/app/lib/db";
import { matrixFor } from "@/app/lib/matrix";
import { currentViewer } from "@/app/lib/viewer";
import { DEFAULT_CODEBOOK_ID } from "@/db/codebooks";
import { matrixCsv } from "@/lib/analysis/matrix";

export const dynamic = "force-dynamic";

const query = z.object({
  codebook: codebookId.default(DEFAULT_CODEBOOK_ID),
  format: z.enum(["json", "csv"], { message: "format is json or csv" }).default("json"),
});

/** GET /api/analysis/elements?codebook=&format=json|csv: the instrument × element matrix of the codings you may read. */
export const GET = route(async (request: Request) => {
  const params = parseParams(query, Object.fromEntries(new URL(request.url).searchParams));
  const { viewer } = await currentViewer(request);
  const found = matrixFor(getDb(), viewer, params.codebook);
  if (!found) throw notFoundError(`Codebook "${params.codebook}"`);
  if (params.format === "csv") return attachment(matrixCsv(found.matrix), `elements-${params.codebook}.csv`, "text/csv; charset=utf-8");
  return NextResponse.json({ codebook: { id: found.book.id, name: found.book.name, version: found.book.version }, matrix: found.matrix });
});
