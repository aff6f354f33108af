import { assertFlatList, type AlignedRow, type AlignProvision } from "./types";

/**
 * Aligning two editions of one document. Editions keep provision ids stable, so the pairs are
 * given; the work is ordering the rows so that each side reads in its own document order.
 */

/**
 * Pair two editions' provisions by id, one own-text row per provision, in document order. The
 * two id sequences are merged along their longest common subsequence, so a provision found on one
 * side only stands where it stands in its own edition (left [a,b,d] and right [a,c,d] give
 * a, b|-, -|c, d; between two shared ids, left-only rows come before right-only rows). An id
 * both editions hold but in a different order is still paired, at its place in the left edition.
 * Throws a RangeError when a list repeats an id or is not in flattened document order.
 */
export function alignByProvisionId(left: readonly AlignProvision[], right: readonly AlignProvision[]): AlignedRow[] {
  assertFlatList(left, "left edition");
  assertFlatList(right, "right edition");
  const rightById = new Map(right.map((p) => [p.id, p]));
  const leftIds = new Set(left.map((p) => p.id));

  // lcs[i][j] = length of the longest common subsequence of left[i..] and right[j..].
  const n = left.length;
  const m = right.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = left[i]!.id === right[j]!.id ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }

  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  const emitLeft = (p: AlignProvision): void => {
    // A shared id off the common subsequence (the editions order it differently): pair it here.
    rows.push(row(p, rightById.get(p.id) ?? null));
  };
  const emitRight = (p: AlignProvision): void => {
    if (!leftIds.has(p.id)) rows.push(row(null, p));
  };
  while (i < n && j < m) {
    const l = left[i]!;
    const r = right[j]!;
    if (l.id === r.id) {
      rows.push(row(l, r));
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      emitLeft(l);
      i++;
    } else {
      emitRight(r);
      j++;
    }
  }
  while (i < n) emitLeft(left[i++]!);
  while (j < m) emitRight(right[j++]!);
  return rows;
}

function row(left: AlignProvision | null, right: AlignProvision | null): AlignedRow {
  return { left, right, kind: "same-id", source: "provision-id", note: null, alignmentSource: null, subtree: false };
}
