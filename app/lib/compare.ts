import "server-only";
import { alignSides } from "@/lib/align/rows";
import { buildSimilarityIndex, suggest, type Suggestion } from "@/lib/align/similarity";
import { entriesFor } from "@/lib/align/crosswalk";
import { flattenTree, type AlignedRow, type AlignProvision, type CrosswalkEntry } from "@/lib/align/types";
import type { CompareParams, Side } from "@/lib/compare/params";
import type { Node as PMNode } from "prosemirror-model";
import { rowMarks, type MarkMode } from "@/lib/prosemirror/diff-ranges";
import type { InlineMarkRange } from "@/lib/prosemirror/diff-view";
import { provisionsToDoc } from "@/lib/prosemirror/treaty-schema";
import { diffTexts, mergeStats, type DiffOptions, type DiffResult, type DiffStats } from "@/lib/diff";
import type { Db } from "@/db/client";
import { listAlignments } from "@/db/queries/alignments";
import { findProvision, getDocument, getProvisionTree, listDocuments, type DocumentSummary, type EditionSummary, type ProvisionTree } from "@/db/queries/corpus";

/**
 * The comparison behind /compare and /api/compare: resolve each side against the library, align
 * the rows (by provision id or through the crosswalk), and diff each row's texts.
 */

/** A side that names a document, edition or provision the library does not hold. */
export class CompareNotFound extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
    this.name = "CompareNotFound";
  }
}

/** A side resolved against the library: its document, edition, chosen provision and text. */
export interface ResolvedSide {
  side: Side & { edition: string };
  document: DocumentSummary;
  edition: EditionSummary;
  provision: ProvisionTree | null;
  tree: ProvisionTree[];
  flat: AlignProvision[];
}

/** One aligned row with its diff; `leftNode`/`rightNode` are what the cells render. */
export interface ComparedRow {
  index: number;
  row: AlignedRow;
  leftNode: ProvisionTree | null;
  rightNode: ProvisionTree | null;
  diff: DiffResult;
  /** True when the diff found any difference. */
  differs: boolean;
}

/** The base text against one other text. */
export interface PairComparison {
  base: ResolvedSide;
  other: ResolvedSide;
  rows: ComparedRow[];
  /** Curated pairs inside the compared texts that this edition does not hold. */
  skipped: CrosswalkEntry[];
  stats: DiffStats;
}

/** A whole comparison: the sides (base first) and the base against each other side. */
export interface Comparison {
  params: CompareParams;
  sides: ResolvedSide[];
  pairs: PairComparison[];
}

/** Below this similarity (%), "auto" marks the words two texts share rather than their differences. */
export const DISTANT_SIMILARITY = 30;

/**
 * How a row's cells are marked: as the address asks, or — by default — the shared words of two
 * different documents' provisions that have little in common (marking their differences would
 * strike out nearly every word), and the differences otherwise.
 */
export function markModeFor(params: Pick<CompareParams, "marks">, row: Pick<ComparedRow, "row" | "diff">): MarkMode {
  if (params.marks !== "auto") return params.marks;
  return row.row.kind !== "same-id" && row.diff.stats.similarity < DISTANT_SIMILARITY ? "shared" : "differences";
}

/** "Shanghai Convention, Article 1(1)(1)" or "Shanghai Convention" for a whole text. */
export function sideTitle(side: ResolvedSide): string {
  return side.provision ? `${side.document.shortTitle}, ${side.provision.label}` : side.document.shortTitle;
}

/** The provisions a side covers: its chosen provision and everything under it, or the whole text. */
export function sideProvisions(side: ResolvedSide): AlignProvision[] {
  const chosen = side.provision;
  return chosen ? side.flat.filter((p) => p.id === chosen.id || p.id.startsWith(`${chosen.id}__`)) : side.flat;
}

/** Each edition among the sides once (the first side that shows it), in order. */
export function uniqueEditions(sides: readonly ResolvedSide[]): ResolvedSide[] {
  return sides.filter((side, i) => sides.findIndex((s) => s.document.id === side.document.id && s.edition.id === side.edition.id) === i);
}

/** Which text a side shows, as the notes layer names it: document, edition and short title. */
export function sideText(side: ResolvedSide): { document: string; edition: string; title: string } {
  return { document: side.document.id, edition: side.edition.id, title: side.document.shortTitle };
}

/** A side's text for the notes layer, with the order of its provisions (notes are numbered in text order). */
export function pageText(side: ResolvedSide): { document: string; edition: string; title: string; order: string[] } {
  return { ...sideText(side), order: side.flat.map((p) => p.id) };
}

/** Resolve `doc[@edition][:provision]` against the library; throws CompareNotFound. */
export function resolveSide(db: Db, side: Side, param: string): ResolvedSide {
  const document = getDocument(db, side.document);
  if (!document) throw new CompareNotFound(param, `no document "${side.document}" in the library`);
  const edition = side.edition ? document.editions.find((e) => e.id === side.edition) : document.editions[0];
  if (!edition) throw new CompareNotFound(param, side.edition ? `no edition "${side.edition}" of ${document.shortTitle}` : `${document.shortTitle} has no text`);
  const tree = getProvisionTree(db, document.id, edition.id);
  const provision = side.provision ? findProvision(tree, side.provision) ?? null : null;
  if (side.provision && !provision) throw new CompareNotFound(param, `no provision "${side.provision}" in ${document.shortTitle}, ${edition.title}`);
  return { side: { ...side, edition: edition.id }, document, edition, provision, tree, flat: flattenTree(tree) };
}

/** The diff options an address asks for. */
export function diffOptions(params: CompareParams): Partial<DiffOptions> {
  return {
    granularity: params.granularity,
    ignoreCase: params.ignore.includes("case"),
    ignorePunctuation: params.ignore.includes("punctuation"),
    ignoreWhitespace: params.ignore.includes("whitespace"),
  };
}

/** Build the comparison an address asks for. */
export function buildComparison(db: Db, params: CompareParams): Comparison {
  const sides = params.sides.map((side, index) => resolveSide(db, side, params.multi ? "texts" : index === 0 ? "left" : "right"));
  const entries = listAlignments(db);
  const options = diffOptions(params);
  const base = sides[0]!;
  const pairs = sides.slice(1).map((other) => comparePair(base, other, entries, options));
  return { params, sides, pairs };
}

function comparePair(base: ResolvedSide, other: ResolvedSide, entries: readonly CrosswalkEntry[], options: Partial<DiffOptions>): PairComparison {
  const { rows, skipped } = alignSides(
    { document: base.document.id, edition: base.edition.id, provision: base.side.provision, provisions: base.flat },
    { document: other.document.id, edition: other.edition.id, provision: other.side.provision, provisions: other.flat },
    entries,
  );
  const compared = rows.map((row, index): ComparedRow => {
    const leftText = row.left ? (row.subtree ? row.left.fullText : row.left.text) : "";
    const rightText = row.right ? (row.subtree ? row.right.fullText : row.right.text) : "";
    const diff = diffTexts(leftText, rightText, options);
    return {
      index,
      row,
      leftNode: row.left ? cellNode(base.tree, row.left.id, row.subtree) : null,
      rightNode: row.right ? cellNode(other.tree, row.right.id, row.subtree) : null,
      diff,
      differs: diff.segments.some((s) => s.op !== "equal"),
    };
  });
  return { base, other, rows: compared, skipped, stats: mergeStats(compared.map((r) => r.diff.stats)) };
}

/** What a cell shows: the provision with its subtree, or its own text alone. */
function cellNode(tree: readonly ProvisionTree[], id: string, subtree: boolean): ProvisionTree {
  const node = findProvision(tree, id)!;
  return subtree ? node : { ...node, children: [] };
}

/** One row of a comparison of three or more texts: a base provision and each other text's row for it. */
export interface MultiRow {
  /** The base provision's id, or `only-{column}-{row}` for a row with nothing in the base. */
  key: string;
  /** The base provision as its cell draws it, or null. */
  base: ProvisionTree | null;
  /** The base provision's label, or null. */
  label: string | null;
  /** For each other text (pairs' order), its compared row, or null where it aligns nothing. */
  cells: (ComparedRow | null)[];
}

/**
 * The rows of a comparison of three or more texts: one per base provision that any text aligns,
 * in the order first met, honouring "only rows that differ".
 */
export function multiRows(comparison: Comparison): MultiRow[] {
  const { pairs, params } = comparison;
  const byKey = new Map<string, MultiRow>();
  pairs.forEach((pair, column) => {
    for (const row of pair.rows) {
      const key = row.row.left ? row.row.left.id : `only-${column}-${row.index}`;
      let entry = byKey.get(key);
      if (!entry) {
        entry = { key, base: row.leftNode, label: row.row.left?.label ?? null, cells: pairs.map(() => null) };
        byKey.set(key, entry);
      }
      entry.cells[column] = row;
    }
  });
  return [...byKey.values()].filter((entry) => !params.onlyDifferences || entry.cells.some((cell) => cell?.differs));
}

/**
 * What one cell of a comparison draws: `node` as the reader draws it (links into the side's
 * edition, no tools, ids prefixed with `prefix`) and, for a compared row, that side's marks.
 */
export function cellDoc(side: ResolvedSide, node: ProvisionTree, prefix: string, compared?: { row: ComparedRow; side: "left" | "right"; mode: MarkMode }): { doc: PMNode; marks: InlineMarkRange[] } {
  const doc = provisionsToDoc([node], { domPrefix: prefix, href: `/documents/${side.document.id}/editions/${side.edition.id}`, compare: null, tools: false });
  return { doc, marks: compared ? rowMarks(doc, compared.row.diff.segments, compared.side, compared.mode) : [] };
}

/** What an empty cell says: "Not in Shanghai Convention, English (Meher)." */
export function notInSide(side: ResolvedSide): string {
  return `Not in ${side.document.shortTitle}, ${side.edition.title}.`;
}

/** A curated or suggested counterpart of a provision, for the "compare with" page. */
export interface Counterpart {
  document: DocumentSummary;
  edition: string;
  provision: AlignProvision;
  curated: CrosswalkEntry | null;
  score: number | null;
}

/**
 * Counterparts of a provision in the other documents: the curated pairs first (of the
 * provision and of its descendants), then up to `limit` suggestions by textual similarity.
 */
export function counterparts(db: Db, side: ResolvedSide, limit = 6): { curated: Counterpart[]; suggested: Counterpart[] } {
  const documents = listDocuments(db);
  const entries = listAlignments(db);
  const ids = side.provision ? flattenTree([side.provision]).map((p) => p.id) : side.flat.map((p) => p.id);
  const curated: Counterpart[] = [];
  for (const id of ids) {
    for (const entry of entriesFor({ document: side.document.id, provision: id }, entries)) {
      const document = documents.find((d) => d.id === entry.right.document);
      const edition = document?.editions[0];
      if (!document || !edition) continue;
      const provision = flattenTree(getProvisionTree(db, document.id, edition.id)).find((p) => p.id === entry.right.provision);
      if (provision) curated.push({ document, edition: edition.id, provision, curated: entry, score: null });
    }
  }
  if (!side.provision) return { curated, suggested: [] };
  const items = documents.flatMap((document) =>
    document.editions.flatMap((edition) => flattenTree(getProvisionTree(db, document.id, edition.id)).map((provision) => ({ document: document.id, edition: edition.id, provision }))),
  );
  const index = buildSimilarityIndex(items);
  const taken = new Set(curated.map((c) => `${c.document.id}:${c.provision.id}`));
  const suggestions: Suggestion[] = suggest(index, { document: side.document.id, provision: side.provision.id, edition: side.edition.id }, { limit: limit + taken.size });
  const suggested = suggestions
    .filter((s) => !taken.has(`${s.document}:${s.provision.id}`))
    .slice(0, limit)
    .map((s) => ({ document: documents.find((d) => d.id === s.document)!, edition: s.edition, provision: s.provision, curated: null, score: s.score }));
  return { curated, suggested };
}
