/**
 * Inter-coder agreement for coding exercises: Krippendorff's alpha, Cohen's kappa, their readings
 * in plain words, and the per-element summary of a class's coding of provisions.
 */
export { krippendorffAlpha, type AlphaLevel, type AlphaResult, type AlphaValue } from "./alpha";
export { codingAgreement, type CodingAgreement, type CodingInput, type Disagreement, type ElementAgreement, type OverallAgreement } from "./coding";
export { cohenKappa, type KappaResult } from "./kappa";
export { readAlpha, readKappa } from "./reading";
