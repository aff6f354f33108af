/**
 * Agreement among students who coded the same provisions against a codebook: for each element,
 * for the coding as a whole, and the places where they split, so an instructor can see which
 * elements are understood alike and which provisions to discuss in class.
 */

import { indexBy } from "../index-by";
import { krippendorffAlpha } from "./alpha";
import { cohenKappa } from "./kappa";

/** Who coded what: each coding says that a coder found an element in a unit (a provision). */
export interface CodingInput {
  /** Everyone whose coding counts, including coders who coded nothing (they found no element anywhere). */
  coders: string[];
  /** The units every coder was asked to code, in text order (the order ties are listed in). */
  units: string[];
  /** The codebook's element codes, in codebook order. */
  elements: string[];
  /** One line per (coder, unit, element) found; repeated lines count once. */
  codings: { coder: string; unit: string; element: string }[];
}

/** Agreement on one element of the codebook. */
export interface ElementAgreement {
  /** The element's code. */
  element: string;
  /** Krippendorff's alpha over units × coders with 1 = applied, 0 = not; null when nobody or everybody applied it everywhere. */
  alpha: number | null;
  /** Cohen's kappa on the same 0/1 values, only when there are exactly two coders (else null). */
  kappa: number | null;
  /** Units every coder decided on: all of them, since an uncoded unit counts as "not applied". */
  units: number;
  /** Coders compared. */
  coders: number;
}

/** Agreement over every (unit, element) decision at once. */
export interface OverallAgreement {
  /** Alpha with each (unit, element) pair as a unit of analysis, values 0/1. */
  alpha: number | null;
  /** Kappa on the same pairs, only with exactly two coders. */
  kappa: number | null;
  /** The number of (unit, element) pairs: units × elements. */
  units: number;
  /** Coders compared. */
  coders: number;
}

/** A (unit, element) pair the coders did not decide alike. */
export interface Disagreement {
  /** The unit (provision) where the coders split. */
  unit: string;
  /** The element they split on. */
  element: string;
  /** Coders who found the element there, in the order of `coders`. */
  applied: string[];
  /** Coders who did not, in the order of `coders`. */
  notApplied: string[];
  /** min(applied, notApplied) / coders: 0.5 is an even split, small values a lone dissenter. */
  split: number;
}

/** Everything the agreement page shows. */
export interface CodingAgreement {
  perElement: ElementAgreement[];
  overall: OverallAgreement;
  /** Most even splits first; ties in text order of units, then codebook order of elements. */
  disagreements: Disagreement[];
}

/**
 * Agreement of a coding exercise. Each coder decides, for every unit and every element, whether
 * the element applies (1) or not (0). A coder who coded a unit with some elements but not element
 * E decided "E absent"; a coder who never coded a unit at all is also counted as finding no
 * element there (0), not as missing, because the students were asked to code every provision of
 * the assignment and leaving one empty is a decision. (Counting it as missing would let a coder
 * raise agreement by skipping hard provisions.) Needs at least two coders.
 *
 * Note for readers of `overall`: an element nobody applied anywhere adds only agreeing zeros, so
 * a long codebook of unused elements raises the overall alpha; the per-element figures do not
 * have this effect and are the ones to discuss.
 */
export function codingAgreement(input: CodingInput): CodingAgreement {
  const { coders, units, elements, codings } = input;
  const coderIndex = indexOf(coders, "coder");
  const unitIndex = indexOf(units, "unit");
  const elementIndex = indexOf(elements, "element");
  if (coders.length < 2) throw new RangeError(`Agreement needs at least two coders; got ${coders.length}`);
  if (!Array.isArray(codings)) throw new RangeError("codings must be an array");

  // applied[element][unit][coder] = 1 when that coder found that element in that unit.
  const applied = elements.map(() => units.map(() => coders.map((): 0 | 1 => 0)));
  codings.forEach((coding, i) => {
    const c = coderIndex.get(coding.coder);
    const u = unitIndex.get(coding.unit);
    const e = elementIndex.get(coding.element);
    if (c === undefined) throw new RangeError(`Coding ${i + 1} is by "${coding.coder}", who is not among the coders`);
    if (u === undefined) throw new RangeError(`Coding ${i + 1} is of unit "${coding.unit}", which is not among the units`);
    if (e === undefined) throw new RangeError(`Coding ${i + 1} applies element "${coding.element}", which is not in the codebook`);
    applied[e]![u]![c] = 1;
  });

  const two = coders.length === 2;
  const kappaOf = (rows: (0 | 1)[][]): number | null =>
    two && rows.length > 0 ? cohenKappa(rows.map((r) => r[0]!), rows.map((r) => r[1]!)).kappa : null;

  const perElement = elements.map((element, e): ElementAgreement => {
    const rows = applied[e]!;
    return { element, alpha: krippendorffAlpha(rows).alpha, kappa: kappaOf(rows), units: units.length, coders: coders.length };
  });

  const allRows = applied.flat();
  const overall: OverallAgreement = { alpha: krippendorffAlpha(allRows).alpha, kappa: kappaOf(allRows), units: allRows.length, coders: coders.length };

  const disagreements: Disagreement[] = [];
  units.forEach((unit, u) => {
    elements.forEach((element, e) => {
      const row = applied[e]![u]!;
      const yes = coders.filter((_, c) => row[c] === 1);
      const no = coders.filter((_, c) => row[c] === 0);
      if (yes.length === 0 || no.length === 0) return;
      disagreements.push({ unit, element, applied: yes, notApplied: no, split: Math.min(yes.length, no.length) / coders.length });
    });
  });
  // Array.prototype.sort is stable, so equal splits keep the unit-then-element order built above.
  disagreements.sort((a, b) => b.split - a.split);

  return { perElement, overall, disagreements };
}

/** Position of each name, refusing lists that are not arrays of distinct non-empty strings. */
function indexOf(names: readonly unknown[], what: string): Map<string, number> {
  return indexBy(names, (name) => name, {
    notArray: `The ${what}s must be an array of names`,
    noKey: (n) => `${capital(what)} ${n} must be a non-empty string`,
    twice: (name) => `${capital(what)} "${name}" is listed twice`,
  });
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
