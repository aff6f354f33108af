import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { readAlpha, readKappa } from "./reading";

describe("readAlpha (Krippendorff 2004: rely on >= .800, tentative from .667)", () => {
  test("each band, with the figure shown to three decimals", () => {
    assert.equal(readAlpha(1), "Reliable (α = 1.000): conclusions can rest on this coding.");
    assert.equal(readAlpha(0.8), "Reliable (α = 0.800): conclusions can rest on this coding.");
    assert.equal(readAlpha(0.743), "Tentative (α = 0.743): good enough only for tentative conclusions.");
    assert.equal(readAlpha(0.667), "Tentative (α = 0.667): good enough only for tentative conclusions.");
    assert.equal(readAlpha(0.666), "Not reliable (α = 0.666): the coders agree too little to draw conclusions from this coding.");
    assert.equal(readAlpha(-0.5), "Not reliable (α = -0.500): the coders agree too little to draw conclusions from this coding.");
  });

  test("the band follows the figure shown: 0.7996 reads as 0.800 and reliable, 0.6664 as 0.666", () => {
    assert.match(readAlpha(0.7996), /^Reliable \(α = 0\.800\)/);
    assert.match(readAlpha(0.79949), /^Tentative \(α = 0\.799\)/);
    assert.match(readAlpha(0.6665), /^Tentative \(α = 0\.667\)/);
    assert.match(readAlpha(0.6664), /^Not reliable \(α = 0\.666\)/);
  });

  test("null: no variation to measure", () => {
    assert.match(readAlpha(null), /^No variation to measure/);
  });

  test("values alpha cannot take", () => {
    assert.throws(() => readAlpha(Number.NaN), RangeError);
    assert.throws(() => readAlpha(1.5), RangeError);
    assert.throws(() => readAlpha(Number.NEGATIVE_INFINITY), RangeError);
  });
});

describe("readKappa (Landis & Koch 1977)", () => {
  test("each band, at and inside its bounds", () => {
    const band = (k: number) => readKappa(k).split(" (")[0];
    assert.equal(band(-0.3), "Poor");
    assert.equal(band(-0.01), "Poor");
    assert.equal(band(0), "Slight agreement");
    assert.equal(band(0.2), "Slight agreement");
    assert.equal(band(0.21), "Fair agreement");
    assert.equal(band(0.4), "Fair agreement");
    assert.equal(band(0.41), "Moderate agreement");
    assert.equal(band(0.6), "Moderate agreement");
    assert.equal(band(0.61), "Substantial agreement");
    assert.equal(band(0.8), "Substantial agreement");
    assert.equal(band(0.81), "Almost perfect agreement");
    assert.equal(band(1), "Almost perfect agreement");
  });

  test("between two-decimal bounds the rounded figure decides: 0.204 slight, 0.205 fair", () => {
    assert.equal(readKappa(0.204), "Slight agreement (κ = 0.20).");
    assert.equal(readKappa(0.205), "Fair agreement (κ = 0.21).");
  });

  test("the full sentence, and no negative zero", () => {
    assert.equal(readKappa(0.4), "Fair agreement (κ = 0.40).");
    assert.equal(readKappa(-0.25), "Poor (κ = -0.25): the coders agree less often than chance would have them.");
    assert.equal(readKappa(-0.004), "Slight agreement (κ = 0.00).");
    // Halves round away from zero, so a negative kappa never shows as a non-negative figure called poor.
    assert.equal(readKappa(-0.005), "Poor (κ = -0.01): the coders agree less often than chance would have them.");
  });

  test("null, and values kappa cannot take", () => {
    assert.match(readKappa(null), /^No variation to measure/);
    assert.throws(() => readKappa(Number.NaN), RangeError);
    assert.throws(() => readKappa(-1.2), RangeError);
    assert.throws(() => readKappa(1.01), RangeError);
  });
});
