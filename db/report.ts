import type { CorpusNotice } from "../lib/corpus/folders";
import type { ImportReport } from "./import";

/** One line per notice, "file:line: [level] message", for terminals and editors. */
export function formatNotice(notice: CorpusNotice): string {
  const where = notice.line !== undefined ? `${notice.file}:${notice.line}` : notice.file;
  return `${where}: [${notice.level}] ${notice.message}`;
}

/** A human summary of an import run. */
export function formatReport(report: ImportReport, ms: number): string {
  const lines: string[] = [];
  for (const id of report.documentsAdded) lines.push(`  + document ${id}`);
  for (const id of report.documentsUpdated) lines.push(`  ~ document ${id} (metadata updated)`);
  for (const e of report.editionsAdded) {
    const kinds = Object.entries(e.byKind).map(([kind, n]) => `${n} ${kind}`).join(", ");
    lines.push(`  + edition ${e.documentId}/${e.editionId}: ${e.provisions} provisions (${kinds})`);
  }
  for (const id of report.editionsUpdated) lines.push(`  ~ edition ${id} (metadata updated; text unchanged)`);
  for (const c of report.carried) {
    lines.push(`  ~ notes carried to ${c.documentId}/${c.editionId}: ${c.exact} exact, ${c.moved} moved, ${c.fuzzy} fuzzy (to review), ${c.orphan} orphaned`);
  }
  if (report.alignmentsImported !== null) lines.push(`  + ${report.alignmentsImported} curated alignments from the crosswalk files`);
  for (const notice of report.notices) lines.push(`  ! ${formatNotice(notice)}`);
  const head = report.unchanged
    ? `corpus unchanged (${report.editionsUnchanged} editions checked) in ${ms.toFixed(0)} ms`
    : `corpus imported in ${ms.toFixed(0)} ms`;
  return [head, ...lines].join("\n");
}
