import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CompareParamError, compareQuery, formatSide, parseCompareParams, parseSide } from "./params";

describe("compare sides", () => {
  test("a side names a document, optionally an edition and a provision", () => {
    assert.deepEqual(parseSide("shanghai-convention-2001"), { document: "shanghai-convention-2001", edition: null, provision: null });
    assert.deepEqual(parseSide("us-nsct-2003@en-meher:sec_1__para_2"), { document: "us-nsct-2003", edition: "en-meher", provision: "sec_1__para_2" });
    assert.deepEqual(parseSide("sco-charter-2002:art_10"), { document: "sco-charter-2002", edition: null, provision: "art_10" });
    assert.equal(formatSide(parseSide("us-nsct-2003@en-meher:sec_1__para_2")), "us-nsct-2003@en-meher:sec_1__para_2");
  });

  test("malformed sides are refused with an example", () => {
    assert.throws(() => parseSide("Shanghai Convention"), /is not a text: write \{document\}/);
    assert.throws(() => parseSide("doc:art-1"), RangeError);
    assert.throws(() => parseSide("doc@:art_1"), RangeError);
  });
});

describe("compare addresses", () => {
  test("left and right with the defaults", () => {
    const params = parseCompareParams({ left: "shanghai-convention-2001:art_1__para_1__point_1", right: "us-nsct-2003:sec_1__para_2" });
    assert.equal(params.multi, false);
    assert.equal(params.granularity, "word");
    assert.deepEqual(params.ignore, []);
    assert.equal(params.view, "columns");
    assert.equal(params.onlyDifferences, false);
    assert.equal(compareQuery(params), "left=shanghai-convention-2001:art_1__para_1__point_1&right=us-nsct-2003:sec_1__para_2");
  });

  test("every option round-trips through the canonical query", () => {
    const query = "left=a@x:art_1&right=b&granularity=char&ignore=case,whitespace&only=differences&view=redline";
    const params = parseCompareParams(new URLSearchParams(query));
    assert.deepEqual(params.ignore, ["case", "whitespace"]);
    assert.equal(compareQuery(params), query);
  });

  test("texts= puts the base first", () => {
    const params = parseCompareParams({ texts: "a:art_1,b:sec_1,c", base: "b:sec_1" });
    assert.equal(params.multi, true);
    assert.deepEqual(params.sides.map(formatSide), ["b:sec_1", "a:art_1", "c"]);
    assert.equal(compareQuery(params), "texts=b:sec_1,a:art_1,c");
  });

  test("bad parameters name the parameter", () => {
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ right: "b" }, "left", /name the left text/],
      [{ left: "a" }, "right", /name the right text/],
      [{ left: "A B", right: "b" }, "left", /is not a text/],
      [{ left: "a", right: "b", granularity: "letter" }, "granularity", /word, char, sentence/],
      [{ left: "a", right: "b", ignore: "case,spelling" }, "ignore", /"spelling" cannot be ignored/],
      [{ left: "a", right: "b", view: "grid" }, "view", /columns or redline/],
      [{ texts: "a" }, "texts", /between 2 and 6/],
      [{ texts: "a,b", base: "c" }, "base", /one of the texts/],
      [{ texts: "a,b", left: "a" }, "texts", /not both/],
    ];
    for (const [query, param, message] of cases) {
      assert.throws(
        () => parseCompareParams(query),
        (error: unknown) => error instanceof CompareParamError && error.param === param && message.test(error.message),
        JSON.stringify(query),
      );
    }
  });
});
