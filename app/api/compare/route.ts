import { NextResponse } from "next/server";
import { ApiError, route } from "@/app/api/http";
import { buildComparison, CompareNotFound, type ResolvedSide } from "@/app/lib/compare";
import { getDb } from "@/app/lib/db";
import { CompareParamError, parseCompareParams } from "@/lib/compare/params";
import type { CompareResponse } from "./schema";

export const dynamic = "force-dynamic";

function presentSide(side: ResolvedSide): CompareResponse["texts"][number] {
  return {
    document: side.document.id,
    edition: side.edition.id,
    provision: side.side.provision,
    title: side.provision ? `${side.document.shortTitle}, ${side.provision.label}` : side.document.shortTitle,
    completeness: side.edition.completeness,
  };
}

/**
 * GET /api/compare?left=&right= (or texts=&base=) with the view's options: the aligned rows with
 * their word-level differences and statistics, as JSON.
 */
export const GET = route((request: Request) => {
  let comparison;
  try {
    const params = parseCompareParams(new URL(request.url).searchParams);
    comparison = buildComparison(getDb(), params);
  } catch (error) {
    if (error instanceof CompareParamError) throw new ApiError(400, "invalid_parameter", error.message);
    if (error instanceof CompareNotFound) throw new ApiError(404, "not_found", `${error.param}: ${error.message}`);
    throw error;
  }
  const { params } = comparison;
  const body: CompareResponse = {
    options: { granularity: params.granularity, ignore: params.ignore, onlyDifferences: params.onlyDifferences },
    texts: comparison.sides.map(presentSide),
    comparisons: comparison.pairs.map((pair) => ({
      left: presentSide(pair.base),
      right: presentSide(pair.other),
      stats: pair.stats,
      skipped: pair.skipped.length,
      rows: pair.rows
        .filter((row) => !params.onlyDifferences || row.differs)
        .map(({ index, row, diff }) => ({
          index,
          left: row.left ? { document: pair.base.document.id, edition: pair.base.edition.id, id: row.left.id, label: row.left.label, text: row.subtree ? row.left.fullText : row.left.text } : null,
          right: row.right ? { document: pair.other.document.id, edition: pair.other.edition.id, id: row.right.id, label: row.right.label, text: row.subtree ? row.right.fullText : row.right.text } : null,
          alignment: { kind: row.kind, source: row.source, note: row.note, curatedBy: row.alignmentSource },
          diff: { granularity: diff.granularity, fallback: diff.fallback, segments: diff.segments },
          stats: diff.stats,
        })),
    })),
  };
  return NextResponse.json(body);
});
