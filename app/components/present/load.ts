import "server-only";
import { buildComparison, CompareNotFound, type Comparison } from "@/app/lib/compare";
import { getDb } from "@/app/lib/db";
import { CompareParamError, parseCompareParams } from "@/lib/compare/params";

/** The query of a page that takes the compare parameters (and a few of its own). */
export type PageQuery = Record<string, string | string[] | undefined>;

/**
 * The comparison a presentation or handout address asks for, or the message saying why it
 * cannot be shown (a malformed parameter, or a text the library does not hold).
 */
export function loadComparison(query: PageQuery): { comparison: Comparison; error: null } | { comparison: null; error: string } {
  try {
    return { comparison: buildComparison(getDb(), parseCompareParams(query)), error: null };
  } catch (error) {
    if (error instanceof CompareParamError) return { comparison: null, error: error.message };
    if (error instanceof CompareNotFound) return { comparison: null, error: `${error.param}: ${error.message}` };
    throw error;
  }
}
