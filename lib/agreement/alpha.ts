/**
 * Krippendorff's alpha for nominal data, by the coincidence-matrix method of K. Krippendorff,
 * "Computing Krippendorff's Alpha-Reliability" (University of Pennsylvania, 2011,
 * https://repository.upenn.edu/asc_papers/43). Alpha is used here rather than a pairwise kappa
 * because it takes any number of coders, tolerates missing values and corrects for small samples.
 */

/** One coder's value for one unit: a category, or null when that coder gave none. */
export type AlphaValue = string | number | null;

/** The levels of measurement alpha is computed for; only nominal categories are needed so far. */
export type AlphaLevel = "nominal";

/** Alpha with the counts behind it, so a reader can see how much evidence it rests on. */
export interface AlphaResult {
  /**
   * 1 - observed / expected disagreement: 1 is perfect agreement, 0 agreement no better than
   * chance, below 0 systematic disagreement. Null when there is nothing to measure: no unit had
   * two values, or every pairable value is the same category (expected disagreement 0), so
   * agreement cannot be told apart from chance (alpha would be 0/0).
   */
  alpha: number | null;
  /** Units that entered the computation: those with at least two values. */
  units: number;
  /** Columns of the data: the coders. */
  coders: number;
  /** Values in those units (n in Krippendorff's notation): the size of the coincidence matrix. */
  pairable: number;
  /** Observed disagreement D_o: the share of mismatching pairs within units. */
  observed: number;
  /** Expected disagreement D_e: the share of mismatching pairs if values were paired at random. */
  expected: number;
}

/**
 * Krippendorff's alpha over a units × coders table (rows are units, columns coders, null a missing
 * value). Categories are compared by identity, so 1 and "1" are different categories. Units with
 * fewer than two values cannot be paired and are left out, as the paper prescribes.
 */
export function krippendorffAlpha(data: ReadonlyArray<ReadonlyArray<AlphaValue>>, level: AlphaLevel = "nominal"): AlphaResult {
  if (level !== "nominal") throw new RangeError(`Only the nominal level of Krippendorff's alpha is implemented, not "${String(level)}"`);
  if (!Array.isArray(data)) throw new RangeError("Reliability data must be an array of units, each an array of coders' values");
  const coders = data[0]?.length ?? 0;

  // n_c: how often each category occurs among pairable values. For nominal data only the total of
  // the coincidence matrix's off-diagonal cells matters: a unit with m values, count_c of them in
  // category c, adds (m^2 - sum count_c^2) / (m - 1) mismatching pairs to it.
  const totals = new Map<string | number, number>();
  let mismatches = 0;
  let units = 0;
  // Index loops rather than forEach, which would skip the holes of a sparse array silently.
  for (let u = 0; u < data.length; u++) {
    const row = data[u];
    if (!Array.isArray(row)) throw new RangeError(`Unit ${u + 1} is not an array of coders' values`);
    if (row.length !== coders) throw new RangeError(`Unit ${u + 1} has ${row.length} values but unit 1 has ${coders}; every unit needs one entry per coder (null when missing)`);
    const counts = new Map<string | number, number>();
    let m = 0;
    for (let c = 0; c < coders; c++) {
      const value: unknown = row[c];
      if (!isValue(value)) throw new RangeError(`Unit ${u + 1}, coder ${c + 1}: a value must be a string, a finite number or null (for missing), not ${describe(value)}`);
      if (value === null) continue;
      counts.set(value, (counts.get(value) ?? 0) + 1);
      m += 1;
    }
    if (m < 2) continue;
    units += 1;
    let unitSquares = 0;
    for (const [value, count] of counts) {
      totals.set(value, (totals.get(value) ?? 0) + count);
      unitSquares += count * count;
    }
    mismatches += (m * m - unitSquares) / (m - 1);
  }

  let n = 0;
  let sumSquares = 0;
  for (const count of totals.values()) {
    n += count;
    sumSquares += count * count;
  }
  if (n === 0) return { alpha: null, units, coders, pairable: 0, observed: 0, expected: 0 };
  const chanceMismatches = n * n - sumSquares; // sum over c != k of n_c * n_k
  const observed = mismatches / n;
  const expected = chanceMismatches / (n * (n - 1));
  // alpha = 1 - D_o / D_e = 1 - (n - 1) * mismatches / chanceMismatches, in counts to keep rounding small.
  const alpha = chanceMismatches === 0 ? null : 1 - ((n - 1) * mismatches) / chanceMismatches;
  return { alpha, units, coders, pairable: n, observed, expected };
}

function isValue(value: unknown): value is AlphaValue {
  return value === null || typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
}

function describe(value: unknown): string {
  return typeof value === "number" ? String(value) : value === undefined ? "undefined (use null for a missing value)" : typeof value;
}
