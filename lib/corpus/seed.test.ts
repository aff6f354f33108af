import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { seedLines, stripFootnotes } from "./seed";

describe("stripFootnotes", () => {
  test("removes footnote lines with one- and two-digit superscript numbers", () => {
    const text = [
      "when the purpose of such act, by",
      "",
      "³ Tao, Xu (2002), “On the SCO under New Situation”, 12(6):11.",
      "",
      "¹² Alimov, R.(2017), \"The Role of the SCO\", UN Chronicle",
      "",
      "its nature or context",
    ].join("\n");
    assert.equal(stripFootnotes(text), ["when the purpose of such act, by", "", "", "", "its nature or context"].join("\n"));
  });

  test("removes inline superscript markers but keeps the words and punctuation around them", () => {
    assert.equal(stripFootnotes("Article 1 of the Convention⁴ read:"), "Article 1 of the Convention read:");
    assert.equal(stripFootnotes("political actions”.¹⁶"), "political actions”.");
    assert.equal(stripFootnotes("all digits ⁰¹²³⁴⁵⁶⁷⁸⁹ go"), "all digits  go");
  });

  test("a footnote line may be indented; ordinary digits and numbered lines stay", () => {
    assert.equal(stripFootnotes("text\n  ⁷ Charter of the SCO\nmore"), "text\nmore");
    const treaty = "1. For the purposes\n - 1) “Terrorism” means:\n2. This Article, 15 June 2001";
    assert.equal(stripFootnotes(treaty), treaty);
  });

  test("a marker inside a line does not make it a footnote line", () => {
    assert.equal(stripFootnotes("cooperation.²³ Similarly"), "cooperation. Similarly");
  });
});

describe("seedLines", () => {
  const seed = ["one", "two", "three", "four", "five", "six"].join("\n") + "\n";

  test("a single range, inclusive at both ends", () => {
    assert.equal(seedLines(seed, "2-4"), "two\nthree\nfour");
  });

  test("single lines and several ranges, joined with a line break in the order given", () => {
    assert.equal(seedLines(seed, "1, 6"), "one\nsix");
    assert.equal(seedLines(seed, "1-2, 5-6"), "one\ntwo\nfive\nsix");
    assert.equal(seedLines(seed, "5-6,1"), "five\nsix\none");
    assert.equal(seedLines(seed, "3-3"), "three");
  });

  test("CRLF line ends are read as line breaks", () => {
    assert.equal(seedLines("a\r\nb\r\nc", "2-3"), "b\nc");
  });

  test("a malformed spec, a backward range and a line beyond the end throw", () => {
    assert.throws(() => seedLines(seed, "two"), RangeError);
    assert.throws(() => seedLines(seed, "1-"), RangeError);
    assert.throws(() => seedLines(seed, ""), RangeError);
    assert.throws(() => seedLines(seed, "4-2"), RangeError);
    assert.throws(() => seedLines(seed, "0"), RangeError);
    assert.throws(() => seedLines(seed, "6-7"), /beyond the end of the seed \(6 lines\)/);
  });
});
