import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { krippendorffAlpha, type AlphaValue } from "./alpha";

/** Units × coders from one row per coder, as the papers print reliability data ("." = missing). */
function fromCoderRows(rows: string[]): AlphaValue[][] {
  const cells = rows.map((r) => r.trim().split(/\s+/).map((v) => (v === "." ? null : Number(v))));
  return cells[0]!.map((_, u) => cells.map((coder) => coder[u]!));
}

const close = (actual: number | null, expected: number, digits = 12) => {
  assert.notEqual(actual, null);
  assert.ok(Math.abs(actual! - expected) < 10 ** -digits, `${actual} is not ${expected}`);
};

describe("krippendorffAlpha, published examples", () => {
  // K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), example C: nominal data,
  // four observers, twelve units, missing values. Published nominal alpha: 0.743.
  // By hand from the paper: pairable values n = 40 (unit 12 has one value and is dropped);
  // n_1 = 9, n_2 = 13, n_3 = 10, n_4 = 5, n_5 = 3; mismatching coincidences: unit 2 {2,2,2,3}
  // 6/3 = 2, unit 6 {1,2,3,4} 12/3 = 4, unit 8 {1,1,2,1} 6/3 = 2, total 8; D_o = 8/40 = 0.2;
  // D_e = (40^2 - (81+169+100+25+9)) / (40*39) = 1216/1560; alpha = 1 - 39*8/1216 = 0.7434.
  const paperC = fromCoderRows([
    "1 2 3 3 2 1 4 1 2 . . .", // observer A
    "1 2 3 3 2 2 4 1 2 5 . 3", // observer B
    ". 3 3 3 2 3 4 2 2 5 1 .", // observer C
    "1 2 3 3 2 4 4 1 2 5 1 .", // observer D
  ]);

  test("Krippendorff (2011) example C: alpha = 0.743", () => {
    const result = krippendorffAlpha(paperC);
    assert.equal(result.alpha!.toFixed(3), "0.743");
    close(result.alpha, 1 - (39 * 8) / 1216);
    assert.equal(result.units, 11);
    assert.equal(result.coders, 4);
    assert.equal(result.pairable, 40);
    close(result.observed, 0.2);
    close(result.expected, 1216 / 1560);
  });

  test("the same data as transcribed in R's irr package (kripp.alpha, matrix nmm) gives 0.743 too", () => {
    // irr's documentation ("the 'C' data from Krippendorff") puts unit 12's lone value 3 with
    // observer C rather than B; a unit with one value is not pairable, so alpha is unchanged.
    const irr = fromCoderRows([
      "1 2 3 3 2 1 4 1 2 . . .",
      "1 2 3 3 2 2 4 1 2 5 . .",
      ". 3 3 3 2 3 4 2 2 5 1 3",
      "1 2 3 3 2 4 4 1 2 5 1 .",
    ]);
    assert.equal(krippendorffAlpha(irr).alpha!.toFixed(3), "0.743");
    assert.deepEqual(krippendorffAlpha(irr), krippendorffAlpha(paperC));
  });

  test("Krippendorff (2011) example A, binary data, two observers: alpha = 0.095", () => {
    // n = 20, n_0 = 14, n_1 = 6, o_01 = 4: alpha = 1 - (20 - 1) * 4 / (14 * 6) = 0.0952.
    const binary = fromCoderRows([
      "0 1 0 0 0 0 0 0 1 0", // coder A
      "1 1 1 0 0 1 0 0 0 0", // coder B
    ]);
    const result = krippendorffAlpha(binary);
    assert.equal(result.alpha!.toFixed(3), "0.095");
    close(result.alpha, 1 - (19 * 4) / (14 * 6));
    assert.deepEqual({ units: result.units, coders: result.coders, pairable: result.pairable }, { units: 10, coders: 2, pairable: 20 });
  });

  test("Hayes & Krippendorff (2007) / Wikipedia 'Krippendorff's alpha': 3 coders, 15 units, nominal alpha = 0.691", () => {
    // The example of the Wikipedia article (also in A. F. Hayes and K. Krippendorff, "Answering the
    // call for a standard reliability measure for coding data", Communication Methods and Measures
    // 1, 2007). By hand: units 1, 2 and 14 have fewer than two values; the other 12 hold n = 26
    // values, n_1 = 7, n_2 = 4, n_3 = 10, n_4 = 5; mismatching coincidences: unit 6 {3,3,4}
    // (9 - 5)/2 = 2, unit 8 {1,3} 2, unit 15 {3,4} 2, total 6:
    // alpha = 1 - 25 * 6 / (26^2 - (49+16+100+25)) = 1 - 150/486 = 0.691.
    const wikipedia = fromCoderRows([
      ". . . . . 3 4 1 2 1 1 3 3 . 3",
      "1 . 2 1 3 3 4 3 . . . . . . .",
      ". . 2 1 3 4 4 . 2 1 1 3 3 . 4",
    ]);
    const result = krippendorffAlpha(wikipedia);
    assert.equal(result.alpha!.toFixed(3), "0.691");
    close(result.alpha, 1 - 150 / 486);
    assert.equal(result.units, 12);
    assert.equal(result.pairable, 26);
  });
});

describe("krippendorffAlpha, small cases by hand", () => {
  test("perfect agreement is exactly 1", () => {
    const result = krippendorffAlpha([
      ["a", "a", "a"],
      ["b", "b", null],
      ["c", "c", "c"],
    ]);
    assert.equal(result.alpha, 1);
    assert.equal(result.observed, 0);
  });

  test("systematic disagreement is negative: (a, b) and (b, a) give -0.5", () => {
    // n = 4, n_a = n_b = 2, 4 mismatches: alpha = 1 - 3 * 4 / (16 - 8) = -0.5.
    const result = krippendorffAlpha([
      ["a", "b"],
      ["b", "a"],
    ]);
    assert.equal(result.alpha, -0.5);
    assert.equal(result.observed, 1);
    close(result.expected, 8 / 12);
  });

  test("no variation: alpha is null, not 1 (agreement cannot be told from chance)", () => {
    const result = krippendorffAlpha([
      [0, 0],
      [0, 0],
      [0, null],
    ]);
    // The third unit has one value and is not pairable.
    assert.deepEqual(result, { alpha: null, units: 2, coders: 2, pairable: 4, observed: 0, expected: 0 });
  });

  test("units with fewer than two values are dropped", () => {
    const withLonely = krippendorffAlpha([
      ["a", "b"],
      ["b", "a"],
      ["a", null],
      [null, null],
    ]);
    assert.equal(withLonely.alpha, -0.5);
    assert.equal(withLonely.units, 2);
    assert.equal(withLonely.pairable, 4);
  });

  test("nothing pairable or no data at all: alpha null with zero counts", () => {
    assert.deepEqual(krippendorffAlpha([["a", null], [null, "b"]]), { alpha: null, units: 0, coders: 2, pairable: 0, observed: 0, expected: 0 });
    assert.deepEqual(krippendorffAlpha([]), { alpha: null, units: 0, coders: 0, pairable: 0, observed: 0, expected: 0 });
  });

  test("categories are compared by identity: 1 and '1' disagree", () => {
    assert.equal(krippendorffAlpha([[1, "1"], ["1", 1]]).alpha, -0.5);
    assert.equal(krippendorffAlpha([[1, 1], ["1", "1"]]).alpha, 1);
  });

  test("three categories among three coders, by hand", () => {
    // Units: {a,a,b}, {b,b,b}, {c,c,a}. Mismatches: 4/2 + 0 + 4/2 = 4. n = 9, n_a = 3, n_b = 4,
    // n_c = 2: alpha = 1 - 8 * 4 / (81 - (9 + 16 + 4)) = 1 - 32/52 = 0.3846.
    const result = krippendorffAlpha([
      ["a", "a", "b"],
      ["b", "b", "b"],
      ["c", "c", "a"],
    ]);
    close(result.alpha, 1 - 32 / 52);
    close(result.observed, 4 / 9);
    close(result.expected, 52 / 72);
  });
});

describe("krippendorffAlpha, bad input", () => {
  test("units of different lengths", () => {
    assert.throws(() => krippendorffAlpha([["a", "b"], ["a"]]), { name: "RangeError", message: /Unit 2 has 1 values but unit 1 has 2/ });
  });

  test("NaN, undefined, objects and sparse holes are refused", () => {
    assert.throws(() => krippendorffAlpha([[1, Number.NaN]]), { name: "RangeError", message: /Unit 1, coder 2.*NaN/ });
    assert.throws(() => krippendorffAlpha([[1, undefined as unknown as null]]), { name: "RangeError", message: /use null/ });
    assert.throws(() => krippendorffAlpha([[1, , 2] as AlphaValue[], [1, 2, 3]]), RangeError);
    assert.throws(() => krippendorffAlpha([[1, {} as unknown as string]]), RangeError);
  });

  test("a level other than nominal", () => {
    assert.throws(() => krippendorffAlpha([[1, 2]], "interval" as "nominal"), { name: "RangeError", message: /nominal/ });
  });

  test("data that is not a table", () => {
    assert.throws(() => krippendorffAlpha("ab" as unknown as AlphaValue[][]), RangeError);
    assert.throws(() => krippendorffAlpha([[1, 2], "ab" as unknown as AlphaValue[]]), RangeError);
  });
});
