/**
 * Cohen's kappa for two coders (J. Cohen, "A coefficient of agreement for nominal scales",
 * Educational and Psychological Measurement 20, 1960): the agreement two coders reached beyond
 * what their own category frequencies would give by chance. Kept beside alpha because it is the
 * figure many readers know; it needs exactly two coders and no missing values.
 */

/** Kappa with the proportions it is made of. */
export interface KappaResult {
  /** (p_o - p_e) / (1 - p_e); null when p_e is 1 (both coders used one and the same category throughout), where it is 0/0. */
  kappa: number | null;
  /** Items both coders coded. */
  n: number;
  /** p_o: the share of items on which the two agree. */
  observed: number;
  /** p_e: the agreement expected by chance from each coder's own category frequencies. */
  expected: number;
}

/**
 * Cohen's kappa of two coders' categories for the same items, in the same order. Categories are
 * compared by identity (1 and "1" differ); any number of categories is allowed.
 */
export function cohenKappa(a: readonly (string | number)[], b: readonly (string | number)[]): KappaResult {
  if (!Array.isArray(a) || !Array.isArray(b)) throw new RangeError("Cohen's kappa needs two arrays of categories, one per coder");
  if (a.length !== b.length) throw new RangeError(`The two coders must code the same items: one has ${a.length} values, the other ${b.length}`);
  const n = a.length;
  if (n === 0) throw new RangeError("Cohen's kappa needs at least one item coded by both coders");

  const countsA = new Map<string | number, number>();
  const countsB = new Map<string | number, number>();
  let agree = 0;
  for (let i = 0; i < n; i++) {
    const x: unknown = a[i];
    const y: unknown = b[i];
    if (!isCategory(x)) throw new RangeError(`Item ${i + 1}, first coder: a category must be a string or a finite number, not ${describe(x)}`);
    if (!isCategory(y)) throw new RangeError(`Item ${i + 1}, second coder: a category must be a string or a finite number, not ${describe(y)}`);
    countsA.set(x, (countsA.get(x) ?? 0) + 1);
    countsB.set(y, (countsB.get(y) ?? 0) + 1);
    if (x === y) agree += 1;
  }
  // Chance agreement in counts: sum over categories of (times A used it) * (times B used it).
  let chance = 0;
  for (const [category, count] of countsA) chance += count * (countsB.get(category) ?? 0);
  const total = n * n;
  const kappa = chance === total ? null : (agree * n - chance) / (total - chance);
  return { kappa, n, observed: agree / n, expected: chance / total };
}

function isCategory(value: unknown): value is string | number {
  return typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
}

function describe(value: unknown): string {
  return typeof value === "number" ? String(value) : value === null ? "null" : typeof value;
}
