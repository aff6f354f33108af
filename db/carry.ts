import { and, asc, eq } from "drizzle-orm";
import { carryOver } from "../lib/anchoring";
import type { Db } from "./client";
import { insertCarriedTargets, targetsToCarry } from "./queries/annotations";
import { provisions } from "./schema";

/** How the notes of a document fared on one of its editions. */
export interface CarryReport {
  documentId: string;
  editionId: string;
  exact: number;
  moved: number;
  fuzzy: number;
  orphan: number;
}

/**
 * Carry the notes made on other editions of a document over to `editionId`: each passage is
 * looked for in the provision with the same id first, then in the whole text; what cannot be
 * found is kept as an orphan with its original quote. Passages already carried are left alone.
 */
export function carryNotesToEdition(db: Db, documentId: string, editionId: string): CarryReport {
  const pending = targetsToCarry(db, documentId, editionId);
  const report: CarryReport = { documentId, editionId, exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
  if (pending.length === 0) return report;
  const texts = db
    .select({ id: provisions.id, text: provisions.text })
    .from(provisions)
    .where(and(eq(provisions.documentId, documentId), eq(provisions.editionId, editionId)))
    .orderBy(asc(provisions.position))
    .all();
  const carried = carryOver(pending, { edition: editionId, provisions: texts });
  insertCarriedTargets(
    db,
    carried.targets.map((target, i) => ({ ...target, annotationId: pending[i]!.annotationId, index: pending[i]!.index })),
  );
  return { ...report, ...carried.report };
}
