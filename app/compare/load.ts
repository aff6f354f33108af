import "server-only";
import { cache } from "react";
import { buildComparison, CompareNotFound, type Comparison } from "@/app/lib/compare";
import { getDb } from "@/app/lib/db";
import { CompareParamError, parseCompareParams } from "@/lib/compare/params";

/** The query of a page that takes the compare parameters (and a few of its own). */
export type PageQuery = Record<string, string | string[] | undefined>;

/** What loadComparison gives: the comparison, or the message saying why there is none. */
export type LoadedComparison = { comparison: Comparison; error: null } | { comparison: null; error: string };

/**
 * Once per request and query string: React's cache compares its arguments by identity, so the
 * query is keyed by its string form (generateMetadata and the page get different objects).
 */
const loadByQuery = cache((query: string): LoadedComparison => {
  try {
    return { comparison: buildComparison(getDb(), parseCompareParams(new URLSearchParams(query))), error: null };
  } catch (error) {
    if (error instanceof CompareParamError) return { comparison: null, error: error.message };
    if (error instanceof CompareNotFound) return { comparison: null, error: `${error.param}: ${error.message}` };
    throw error;
  }
});

/**
 * The comparison a page's address (or an assignment's stored compare query) asks for, or the
 * message saying why it cannot be shown (a malformed parameter, or a text the library does not
 * hold). Built once per request however often it is asked for.
 */
export function loadComparison(query: PageQuery | URLSearchParams): LoadedComparison {
  return loadByQuery(searchParams(query).toString());
}

function searchParams(query: PageQuery | URLSearchParams): URLSearchParams {
  if (query instanceof URLSearchParams) return query;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const single of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, single);
  }
  return params;
}
