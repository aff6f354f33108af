import { NextResponse } from "next/server";
import { z } from "zod";
import { ApiError, parseParams, route } from "@/app/api/http";
import { getDb } from "@/app/lib/db";
import { matrixFor } from "@/app/lib/matrix";
import { currentViewer } from "@/app/lib/viewer";
import { DEFAULT_CODEBOOK_ID } from "@/db/codebooks";
import { matrixCsv } from "@/lib/analysis/matrix";

export const dynamic = "force-dynamic";

const query = z.object({
  codebook: z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, "must be a codebook id").default(DEFAULT_CODEBOOK_ID),
  format: z.enum(["json", "csv"], { message: "format is json or csv" }).default("json"),
});

/** GET /api/analysis/elements?codebook=&format=json|csv: the instrument × element matrix of the codings you may read. */
export const GET = route(async (request: Request) => {
  const params = parseParams(query, Object.fromEntries(new URL(request.url).searchParams));
  const { viewer } = await currentViewer(request);
  const found = matrixFor(getDb(), viewer, params.codebook);
  if (!found) throw new ApiError(404, "not_found", `Codebook "${params.codebook}" was not found`);
  if (params.format === "csv") {
    return new Response(`\ufeff${matrixCsv(found.matrix)}`, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="elements-${params.codebook}.csv"` },
    });
  }
  return NextResponse.json({ codebook: { id: found.book.id, name: found.book.name, version: found.book.version }, matrix: found.matrix });
});
