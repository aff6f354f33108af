import { alignByProvisionId } from "./by-id";
import { alignThroughCrosswalk } from "./crosswalk";
import { assertFlatList, subtreeOf, type AlignedRow, type AlignProvision, type CrosswalkEntry } from "./types";

/**
 * The rows of one comparison (`/compare?left=doc[:provision]&right=doc[:provision]`): by id for
 * two editions of one document, through the crosswalk for two documents.
 */

/** One column of a comparison: an edition, all its provisions, and the provision chosen in it (or null for the whole text). */
export interface CompareSide {
  document: string;
  edition: string;
  provision: string | null;
  /** The whole edition, flattened in document order (flattenTree). */
  provisions: AlignProvision[];
}

/** The rows of a comparison and the crosswalk entries that could not be shown (a provision missing from an edition). */
export interface CompareRows {
  rows: AlignedRow[];
  skipped: CrosswalkEntry[];
}

/**
 * Align two sides of a comparison.
 * - One document (any two editions): both sides are cut to the chosen provision's subtree (a
 *   provision named on one side only is used for both) and paired by id, own text per row. When
 *   the sides name two different provisions of the document, the result is one "chosen" row.
 * - Two documents, a provision chosen on each: the crosswalk entry that pairs exactly these two
 *   (or else one row of kind "chosen"), then the crosswalk rows between their subtrees.
 * - Two documents, one or both whole: the crosswalk rows between the (sub)trees; possibly none.
 * Throws a RangeError when a side names a provision its own edition does not hold.
 */
export function alignSides(leftSide: CompareSide, rightSide: CompareSide, entries: readonly CrosswalkEntry[]): CompareRows {
  checkSide(leftSide, "left");
  checkSide(rightSide, "right");

  if (leftSide.document === rightSide.document) {
    if (leftSide.provision !== null && rightSide.provision !== null && leftSide.provision !== rightSide.provision) {
      return { rows: [chosenRow(find(leftSide), find(rightSide))], skipped: [] };
    }
    const chosen = leftSide.provision ?? rightSide.provision;
    const left = chosen === null ? leftSide.provisions : subtreeOf(leftSide.provisions, chosen);
    const right = chosen === null ? rightSide.provisions : subtreeOf(rightSide.provisions, chosen);
    return { rows: alignByProvisionId(left, right), skipped: [] };
  }

  const leftScope = scope(leftSide);
  const rightScope = scope(rightSide);
  const all = alignThroughCrosswalk(leftSide.document, leftSide.provisions, rightSide.document, rightSide.provisions, entries);
  const rows = all.rows.filter((row) => leftScope.has(row.left!.id) && rightScope.has(row.right!.id));
  const skipped = all.skipped.filter(
    (entry) => inScope(leftSide, leftScope, entry.left.provision) && inScope(rightSide, rightScope, entry.right.provision),
  );
  if (leftSide.provision === null || rightSide.provision === null) return { rows, skipped };

  // The crosswalk row that pairs exactly the two chosen provisions leads, else a "chosen" row.
  const left = find(leftSide);
  const right = find(rightSide);
  const exact = rows.find((row) => row.left!.id === left.id && row.right!.id === right.id);
  const rest = rows.filter((row) => row !== exact);
  return { rows: [exact ?? chosenRow(left, right), ...rest], skipped };
}

function chosenRow(left: AlignProvision, right: AlignProvision): AlignedRow {
  return { left, right, kind: "chosen", source: "chosen", note: null, alignmentSource: null, subtree: true };
}

function checkSide(side: CompareSide, name: string): void {
  if (!side.document) throw new RangeError(`${name} side: no document`);
  assertFlatList(side.provisions, `${name} side (${side.document}, edition ${side.edition})`);
  if (side.provision !== null && !side.provisions.some((p) => p.id === side.provision)) {
    throw new RangeError(`${name} side: provision "${side.provision}" is not in edition ${side.edition} of ${side.document}`);
  }
}

function find(side: CompareSide): AlignProvision {
  const found = side.provisions.find((p) => p.id === side.provision);
  if (!found) throw new RangeError(`provision "${side.provision}" is not in edition ${side.edition} of ${side.document}`);
  return found;
}

/** The ids a side covers: the chosen provision's subtree, or the whole edition. */
function scope(side: CompareSide): Set<string> {
  const list = side.provision === null ? side.provisions : subtreeOf(side.provisions, side.provision);
  return new Set(list.map((p) => p.id));
}

/**
 * Whether a crosswalk provision belongs to a side's scope. One missing from the edition is placed
 * by its id, which nests like the tree (`art_1__para_1` lies under `art_1`).
 */
function inScope(side: CompareSide, ids: Set<string>, provision: string): boolean {
  if (ids.has(provision)) return true;
  if (side.provision === null) return true;
  if (side.provisions.some((p) => p.id === provision)) return false;
  return provision.startsWith(`${side.provision}__`);
}
