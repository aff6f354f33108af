import "server-only";
import { ApiError } from "@/app/api/http";
import type { Viewer } from "@/db/queries/annotations";
import { HIT_END, HIT_START, searchNotes, searchProvisions, type NoteHit, type ProvisionHit } from "@/db/queries/search";
import { makeSnippet } from "@/lib/search/snippet";
import { SearchQueryError, toFtsQuery } from "@/lib/search/query";
import { getDb } from "./db";

/** A search request: the words and the filters. */
export interface SearchRequest {
  q: string;
  document?: string;
  edition?: string;
  kind: "all" | "text" | "notes";
  limit: number;
}

/** Run a search for a viewer; a query a person typed wrong is an ApiError 400 with a readable message. */
export function runSearch(viewer: Viewer, request: SearchRequest): { terms: string[]; text: ProvisionHit[]; notes: NoteHit[] } {
  let query;
  try {
    query = toFtsQuery(request.q);
  } catch (error) {
    if (error instanceof SearchQueryError) throw new ApiError(400, "invalid_query", error.message);
    throw error;
  }
  const db = getDb();
  const filter = { ...(request.document ? { document: request.document } : {}), ...(request.edition ? { edition: request.edition } : {}), limit: request.limit };
  const marks = { start: HIT_START, end: HIT_END };
  const snippet = (text: string) => makeSnippet(text, query.terms, query.prefixes, marks);
  try {
    return {
      terms: query.terms,
      text: request.kind === "notes" ? [] : searchProvisions(db, query.match, filter).map(({ text, ...hit }) => ({ ...hit, snippet: snippet(text) })),
      notes: request.kind === "text" ? [] : searchNotes(db, viewer, query.match, filter).map(({ text, ...hit }) => ({ ...hit, snippet: snippet(text) })),
    };
  } catch (error) {
    // toFtsQuery only writes quoted strings, so SQLite should never refuse one; if it does, say so plainly.
    if (error instanceof Error && /fts5|syntax/i.test(error.message)) throw new ApiError(400, "invalid_query", "This search could not be run. Try plain words, or a phrase in double quotes.");
    throw error;
  }
}
