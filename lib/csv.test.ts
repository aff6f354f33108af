import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { csvCell, csvQuote, csvRows } from "./csv";

describe("csv", () => {
  test("csvCell defuses formulas and quotes what needs quoting", () => {
    assert.equal(csvCell("=1+1"), "'=1+1");
    assert.equal(csvCell("+44 20"), "'+44 20");
    assert.equal(csvCell("-2"), "'-2");
    assert.equal(csvCell("@SUM(A1)"), "'@SUM(A1)");
    assert.equal(csvCell("\t=cmd"), "'\t=cmd");
    assert.equal(csvCell("\r=cmd"), "\"'\r=cmd\"");
    assert.equal(csvCell("a=b"), "a=b");
    assert.equal(csvCell('say "hi", then\nleave'), '"say ""hi"", then\nleave"');
    assert.equal(csvCell(""), "");
  });

  test("csvQuote quotes without defusing, so a negative number stays a number", () => {
    assert.equal(csvQuote("-2.5"), "-2.5");
    assert.equal(csvQuote("83.5"), "83.5");
    assert.equal(csvQuote('a "b", c'), '"a ""b"", c"');
  });

  test("csvRows joins fields with commas and ends every line with CRLF", () => {
    assert.equal(csvRows([["a", "b"], ["", "c"]]), "a,b\r\n,c\r\n");
  });
});
