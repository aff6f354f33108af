import { asc } from "drizzle-orm";
import type { CrosswalkEntry } from "../../lib/align/types";
import type { Db } from "../client";
import { alignments } from "../schema";

/** Every stored alignment (curated ones from the crosswalk files), as crosswalk entries. */
export function listAlignments(db: Db): CrosswalkEntry[] {
  return db
    .select()
    .from(alignments)
    .orderBy(asc(alignments.key))
    .all()
    .map((row) => ({
      left: { document: row.leftDocument, provision: row.leftProvision },
      right: { document: row.rightDocument, provision: row.rightProvision },
      kind: row.kind,
      note: row.note,
      source: row.source,
    }));
}
