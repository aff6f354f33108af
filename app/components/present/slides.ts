import type { MarkMode } from "@/lib/prosemirror/diff-ranges";
import { markModeFor, multiRows, sideTitle, type ComparedRow, type Comparison, type ResolvedSide } from "@/app/lib/compare";
import type { ProvisionTree } from "@/db/queries/corpus";

/**
 * A comparison cut into "slides": one aligned row each, with one column per text. Two texts give
 * the pair's rows as they are; three or more (`texts=`) give one slide per base provision that
 * any column aligns, keyed as the multi-column compare view keys its table rows.
 */

/** One text's cell of a slide: the provision it shows and where its differences come from. */
export interface SlideColumn {
  /** The text (document and edition) this column belongs to. */
  text: ResolvedSide;
  /** "Left" / "Right", or "Base" / "Text 2"... for three or more texts. */
  role: string;
  /** The provision drawn in the cell (with its subtree when the row stands for it), or null. */
  node: ProvisionTree | null;
  /** The compared row whose diff marks this cell; null for the base of a multi slide. */
  row: ComparedRow | null;
  /** Which side of `row` this cell is: its differences are drawn from that side's view. */
  side: "left" | "right";
  /** Whether the cell marks its differences or the words it shares (markModeFor). */
  mode: MarkMode;
}

/** One aligned row to show on its own. */
export interface Slide {
  /** Stable key (the base provision id, or the row index). */
  key: string;
  /** "Article 1(1)(1)(b) / Introduction ¶2": the labels of the provisions in the row. */
  label: string;
  /** For two texts: the compared row (kind, note, statistics); null for three or more. */
  pairRow: ComparedRow | null;
  columns: SlideColumn[];
}

/** The slides of a comparison, honouring "only rows that differ". */
export function buildSlides(comparison: Comparison): Slide[] {
  const { params, sides, pairs } = comparison;
  if (!params.multi) {
    const pair = pairs[0];
    if (!pair) return [];
    const rows = params.onlyDifferences ? pair.rows.filter((r) => r.differs) : pair.rows;
    return rows.map((row) => ({
      key: String(row.index),
      label: rowLabel([row.row.left?.label, row.row.right?.label]),
      pairRow: row,
      columns: [
        { text: pair.base, role: "Left", node: row.leftNode, row, side: "left", mode: markModeFor(params, row) },
        { text: pair.other, role: "Right", node: row.rightNode, row, side: "right", mode: markModeFor(params, row) },
      ],
    }));
  }
  const base = sides[0];
  if (!base) return [];
  return multiRows(comparison).map((entry) => ({
    key: entry.key,
    label: rowLabel([entry.label, ...entry.cells.map((cell) => cell?.row.right?.label)]),
    pairRow: null,
    columns: [
      { text: base, role: "Base", node: entry.base, row: null, side: "left" as const, mode: "differences" as const },
      ...entry.cells.map((cell, column) => ({
        text: pairs[column]!.other,
        role: `Text ${column + 2}`,
        node: cell?.rightNode ?? null,
        row: cell,
        side: "right" as const,
        mode: cell ? markModeFor(params, cell) : ("differences" as const),
      })),
    ],
  }));
}

/** Labels joined with " / ", with a dash for a side that has none. */
function rowLabel(labels: readonly (string | null | undefined)[]): string {
  return labels.map((label) => label || "—").join(" / ");
}

/** Every provision id a column's cell shows (the provision and the subtree drawn with it). */
export function columnProvisionIds(column: SlideColumn): string[] {
  const ids: string[] = [];
  const visit = (node: ProvisionTree) => {
    ids.push(node.id);
    node.children.forEach(visit);
  };
  if (column.node) visit(column.node);
  return ids;
}

/** A column's title: the document's short title and the provision's label. */
export function columnTitle(column: SlideColumn): string {
  return column.node ? `${column.text.document.shortTitle}, ${column.node.label}` : column.text.document.shortTitle;
}

/** A 1-based row number clamped to 1..count (1 when the value is not a number). */
export function clampRow(value: string | string[] | undefined, count: number): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const parsed = raw !== undefined && /^-?\d+$/.test(raw.trim()) ? Number.parseInt(raw, 10) : 1;
  return Math.min(Math.max(1, parsed), Math.max(1, count));
}

/** The title of a comparison: "A and B", or "4 texts against A" for three or more. */
export function comparisonTitle(comparison: Comparison): string {
  const [base, ...others] = comparison.sides;
  if (!base) return "Comparison";
  if (comparison.params.multi) return `${comparison.sides.length} texts against ${sideTitle(base)}`;
  return `${sideTitle(base)} and ${others.map(sideTitle).join(", ")}`;
}
