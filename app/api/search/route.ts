import { NextResponse } from "next/server";
import { parseParams, route } from "@/app/api/http";
import { runSearch } from "@/app/lib/search";
import { currentViewer } from "@/app/lib/viewer";
import { HIT_END, HIT_START } from "@/db/queries/search";
import { searchQuery } from "./schema";

export const dynamic = "force-dynamic";

/** Snippets as JSON: the matched words between [[ and ]]. */
function plain(snippet: string): string {
  return snippet.replaceAll(HIT_START, "[[").replaceAll(HIT_END, "]]");
}

/**
 * GET /api/search?q=&document=&edition=&kind=all|text|notes&limit=: provisions (every edition) and
 * the notes you may read that match, best first (bm25), with snippets. Words are ANDed; "a phrase"
 * in quotes; word* for a prefix; OR; -word to leave out. A malformed query is a 400 that says why.
 */
export const GET = route(async (request: Request) => {
  const params = parseParams(searchQuery, Object.fromEntries(new URL(request.url).searchParams));
  const { viewer } = await currentViewer(request);
  const result = runSearch(viewer, params);
  return NextResponse.json({
    query: params.q,
    terms: result.terms,
    text: result.text.map((h) => ({ ...h, snippet: plain(h.snippet) })),
    notes: result.notes.map((h) => ({ ...h, snippet: plain(h.snippet) })),
  });
});
