/**
 * Plain-language readings of agreement coefficients for an instructor who is not a methodologist.
 * The thresholds are the authors' own published guidance, so the words can be cited.
 */

/**
 * What an alpha means, after Krippendorff's guidance: "Rely only on variables with reliabilities
 * above alpha = .800. Consider variables with reliabilities between alpha = .667 and alpha = .800
 * only for drawing tentative conclusions" (K. Krippendorff, Content Analysis: An Introduction to
 * Its Methodology, 2nd ed., Sage, 2004, p. 241). 0.800 itself counts as reliable and 0.667 as
 * tentative. The band is chosen on alpha rounded to the three decimals shown, so that the words
 * and the figure never disagree. Null (no variation in the data) cannot be read either way.
 */
export function readAlpha(alpha: number | null): string {
  if (alpha === null) return "No variation to measure: every coder gave the same value throughout, so agreement cannot be told apart from chance.";
  if (typeof alpha !== "number" || !Number.isFinite(alpha) || alpha > 1 + 1e-9) {
    throw new RangeError(`Krippendorff's alpha is a number no greater than 1, not ${String(alpha)}`);
  }
  const rounded = round(alpha, 3);
  const shown = `α = ${rounded.toFixed(3)}`;
  if (rounded >= 0.8) return `Reliable (${shown}): conclusions can rest on this coding.`;
  if (rounded >= 0.667) return `Tentative (${shown}): good enough only for tentative conclusions.`;
  return `Not reliable (${shown}): the coders agree too little to draw conclusions from this coding.`;
}

/**
 * What a kappa means, in the bands of J. R. Landis and G. G. Koch, "The Measurement of Observer
 * Agreement for Categorical Data", Biometrics 33 (1977), p. 165: below 0 poor, 0.00-0.20 slight,
 * 0.21-0.40 fair, 0.41-0.60 moderate, 0.61-0.80 substantial, 0.81-1.00 almost perfect. The band
 * is chosen on kappa rounded to the two decimals of those bands and of the figure shown (0.204 is
 * slight, 0.205 fair). The authors offered the bands as benchmarks, not as a test. Null: kappa
 * could not be computed.
 */
export function readKappa(kappa: number | null): string {
  if (kappa === null) return "No variation to measure: both coders used one and the same category throughout.";
  if (typeof kappa !== "number" || !Number.isFinite(kappa) || kappa > 1 + 1e-9 || kappa < -1 - 1e-9) {
    throw new RangeError(`Cohen's kappa is a number from -1 to 1, not ${String(kappa)}`);
  }
  const rounded = round(kappa, 2);
  const shown = `κ = ${rounded.toFixed(2)}`;
  if (rounded < 0) return `Poor (${shown}): the coders agree less often than chance would have them.`;
  if (rounded <= 0.2) return `Slight agreement (${shown}).`;
  if (rounded <= 0.4) return `Fair agreement (${shown}).`;
  if (rounded <= 0.6) return `Moderate agreement (${shown}).`;
  if (rounded <= 0.8) return `Substantial agreement (${shown}).`;
  return `Almost perfect agreement (${shown}).`;
}

/** Round half away from zero to the given decimals (a tiny negative value becomes -0, which prints as "0.00"). */
function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
}
