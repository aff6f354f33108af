import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { annotations } from "../schema";
import { readable, type Viewer } from "./annotations";

/**
 * Full-text search over provisions and notes (FTS5, bm25). A common word can match most of the
 * corpus and ranking every match costs tens of milliseconds, so each search first takes a bounded
 * set of candidates from the index (unranked, cheap) and ranks only those.
 */

/** How many matches are ranked at most, per kind. */
export const CANDIDATES = 2_000;

/** Marks around the matched words in snippets (control characters never found in the texts); see lib/search/snippet.ts. */
export const HIT_START = "\u0001";
export const HIT_END = "\u0002";

/** A matching provision. */
export interface ProvisionHit {
  kind: "text";
  document: string;
  edition: string;
  provision: string;
  label: string;
  snippet: string;
  score: number;
}

/** A matching note the viewer may read. */
export interface NoteHit {
  kind: "note";
  noteId: string;
  author: string;
  document: string | null;
  edition: string | null;
  provision: string | null;
  snippet: string;
  score: number;
}

/** Provisions matching an FTS5 expression (already made safe), best first (bounded as searchNotes is). */
export function searchProvisions(db: Db, match: string, filter: { document?: string; edition?: string; limit: number }): (Omit<ProvisionHit, "snippet"> & { text: string })[] {
  const where: SQL[] = [sql`provisions_fts match ${match}`];
  if (filter.document) where.push(sql`p.document_id = ${filter.document}`);
  if (filter.edition) where.push(sql`p.edition_id = ${filter.edition}`);
  const conditions = sql.join(where, sql` and `);
  const candidates = db.all<{ rowid: number }>(sql`
    select provisions_fts.rowid as rowid from provisions_fts join provisions p on p.key = provisions_fts.rowid
    where ${conditions} order by provisions_fts.rowid desc limit ${CANDIDATES}`);
  if (candidates.length === 0) return [];
  const lowest = candidates.at(-1)!.rowid;
  return db.all<Omit<ProvisionHit, "snippet"> & { text: string }>(sql`
    select 'text' as kind, p.document_id as document, p.edition_id as edition, p.id as provision, p.label as label, p.text as text,
           bm25(provisions_fts, 4.0, 2.0, 1.0) as score
    from provisions_fts join provisions p on p.key = provisions_fts.rowid
    where ${conditions} and provisions_fts.rowid >= ${lowest}
    order by score
    limit ${filter.limit}`);
}

/**
 * Notes the viewer may read matching an FTS5 expression, best first, with their text and where
 * they are. Ranking is bounded: the newest CANDIDATES readable matches (FTS5 walks rowids
 * downwards and stops there) are ranked by bm25 — the matches with rowid at or above the last
 * candidate are exactly those — so a word found in every note costs the same as a rare one.
 */
export function searchNotes(db: Db, viewer: Viewer, match: string, filter: { document?: string; edition?: string; limit: number }): (Omit<NoteHit, "snippet"> & { text: string })[] {
  const where: SQL[] = [sql`annotations_fts match ${match}`, readable(viewer)];
  const place: SQL[] = [];
  if (filter.document) place.push(sql`t.document_id = ${filter.document}`);
  if (filter.edition) place.push(sql`t.edition_id = ${filter.edition}`);
  if (place.length > 0) where.push(sql`exists (select 1 from annotation_targets t where t.annotation_id = ${annotations.threadId} and ${sql.join(place, sql` and `)})`);
  const conditions = sql.join(where, sql` and `);
  const candidates = db.all<{ rowid: number }>(sql`
    select annotations_fts.rowid as rowid from annotations_fts join ${annotations} on ${annotations}.rowid = annotations_fts.rowid
    where ${conditions} order by annotations_fts.rowid desc limit ${CANDIDATES}`);
  if (candidates.length === 0) return [];
  const lowest = candidates.at(-1)!.rowid;
  return db.all<Omit<NoteHit, "snippet"> & { text: string }>(sql`
    select 'note' as kind, ${annotations.id} as noteId, u.name as author, ${annotations.bodyText} as text,
           t.document_id as document, t.edition_id as edition, coalesce(t.anchor_provision, t.provision_id) as provision,
           ranked.score as score
    from (
      select annotations_fts.rowid as rowid, bm25(annotations_fts) as score from annotations_fts join ${annotations} on ${annotations}.rowid = annotations_fts.rowid
      where ${conditions} and annotations_fts.rowid >= ${lowest}
      order by score limit ${filter.limit}
    ) ranked
      join ${annotations} on ${annotations}.rowid = ranked.rowid
      join user u on u.id = ${annotations.authorId}
      left join annotation_targets t on t.key = (select min(key) from annotation_targets where annotation_id = ${annotations.threadId} and origin = 'selected')
    order by ranked.score`);
}
