import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { anchorPassage, DEFAULT_MIN_SCORE } from "./anchor";
import { describePassage } from "./selectors";
import { loadEdition, loadFullNsct, locate, nsctMissing, textOf } from "./test-support";

const DEFINITION = "sec_1__para_2";
const meher = loadEdition("us-nsct-2003", "en-meher");
/** The definition paragraph as Meher quotes it: "non-combatant", "sub national", "terrorise". */
const MEHER = textOf(meher, DEFINITION);
/** The same paragraph in the full strategy: "noncombatant", "subnational", "terrorize". */
const FULL = nsctMissing ? "" : textOf(loadFullNsct()!, DEFINITION);

function selectorsOn(text: string, words: string, occurrence = 0) {
  const { start, end } = locate(text, words, occurrence);
  return describePassage(text, start, end);
}

describe("anchorPassage on the NSCT definition paragraph", { skip: nsctMissing }, () => {
  test("unchanged text: exact at the recorded position, score 1", () => {
    const selectors = selectorsOn(FULL, "politically motivated violence");
    assert.deepEqual(anchorPassage(FULL, selectors), {
      status: "exact",
      start: selectors.position.start,
      end: selectors.position.end,
      score: 1,
    });
  });

  test("words inserted before the passage: moved, with the new offsets", () => {
    const words = "Those who employ terrorism, regardless of their specific secular or religious objectives";
    const selectors = selectorsOn(FULL, words);
    const inserted = "As the President has said, ";
    const shifted = inserted + FULL;
    const result = anchorPassage(shifted, selectors);
    assert.equal(result.status, "moved");
    assert.equal(result.score, 1);
    assert.equal(result.start, selectors.position.start + inserted.length);
    assert.equal(result.end, selectors.position.end + inserted.length);
    assert.equal(shifted.slice(result.start, result.end), words);
  });

  test("edited words inside the passage (Meher's quotation against the full text): fuzzy, covering the new words", () => {
    const selectors = selectorsOn(MEHER, "politically motivated violence perpetrated against non-combatant targets by sub national groups");
    const result = anchorPassage(FULL, selectors);
    assert.equal(result.status, "fuzzy");
    assert.equal(FULL.slice(result.start, result.end), "politically motivated violence perpetrated against noncombatant targets by subnational groups");
    assert.ok(result.score >= DEFAULT_MIN_SCORE && result.score < 1, `score ${result.score}`);
    assert.ok(result.score > 0.95, `two small edits in 95 characters should score high, got ${result.score}`);
  });

  test("a passage shared word for word by both versions is exact in one and moved in the other", () => {
    const early = selectorsOn(MEHER, "Certainly it is not a religion.");
    assert.equal(anchorPassage(FULL, early).status, "exact"); // before the first difference
    const late = selectorsOn(MEHER, "strive to subvert the rule of law");
    const result = anchorPassage(FULL, late);
    assert.equal(result.status, "moved"); // "terrorism--premeditated", "noncombatant", "subnational": one character net
    assert.equal(result.start, late.position.start - 1);
  });

  test("a deleted passage: orphan, at -1, score 0", () => {
    const sentence = "These terrorists also share the misguided belief that killing, kidnapping, extorting, robbing, and wreaking havoc to terrorize people are legitimate forms of political action.";
    const selectors = selectorsOn(FULL, sentence);
    const without = FULL.replace(` ${sentence}`, "");
    assert.notEqual(without, FULL);
    assert.deepEqual(anchorPassage(without, selectors), { status: "orphan", start: -1, end: -1, score: 0 });
  });

  test("minScore decides between fuzzy and orphan", () => {
    const selectors = selectorsOn(MEHER, "terrorise people are legitimate forms of political actions");
    const fuzzy = anchorPassage(FULL, selectors);
    assert.equal(fuzzy.status, "fuzzy");
    assert.equal(anchorPassage(FULL, selectors, { minScore: fuzzy.score }).status, "fuzzy");
    assert.equal(anchorPassage(FULL, selectors, { minScore: Math.min(1, fuzzy.score + 0.001) }).status, "orphan");
  });
});

describe("anchorPassage on a repeated phrase (RATS Agreement, Article 6)", () => {
  const rats = loadEdition("rats-agreement-2002", "en-meher");
  /** The functions of RATS as one text: "terrorism, separatism, and extremism" occurs six times. */
  const ARTICLE = rats.provisions.map((p) => p.text).filter((text) => text !== "").join("\n");
  const PHRASE = "terrorism, separatism, and extremism";

  test("the phrase recurs, so only its context can tell the occurrences apart", () => {
    let count = 0;
    for (let at = ARTICLE.indexOf(PHRASE); at >= 0; at = ARTICLE.indexOf(PHRASE, at + 1)) count++;
    assert.equal(count, 6);
  });

  test("after text is inserted, prefix and suffix choose the right occurrence over the nearest one", () => {
    // A note on point 7's phrase ("... other activities on combating ___ at the request of the Parties;").
    const selectors = selectorsOn(ARTICLE, PHRASE, 5);
    assert.match(selectors.quote.prefix, /other activities on combating $/);
    // The new edition inserts a paragraph early on, longer than the distance between occurrences.
    const inserted = `${textOf(rats, "art_6__point_4__indent_1")}\n`;
    const changed = inserted + ARTICLE;
    const expected = selectors.position.start + inserted.length;
    const occurrences: number[] = [];
    for (let at = changed.indexOf(PHRASE); at >= 0; at = changed.indexOf(PHRASE, at + 1)) occurrences.push(at);
    const nearest = occurrences.reduce((a, b) => (Math.abs(b - selectors.position.start) < Math.abs(a - selectors.position.start) ? b : a));
    assert.notEqual(nearest, expected, "the test needs the old position to be nearer another occurrence");

    const result = anchorPassage(changed, selectors);
    assert.deepEqual(result, { status: "moved", start: expected, end: expected + PHRASE.length, score: 1 });
  });

  test("with the context edited too, the context that matches best still wins (fuzzy)", () => {
    const selectors = selectorsOn(ARTICLE, PHRASE, 1); // point 2: "... assisting the competent agencies of the Parties in combating ___, particularly,"
    const changed = ARTICLE.replace("competent agencies of the Parties in combating terrorism, separatism, and extremism", "competent agencies of the Parties in combating terrorism, separatism and extremism");
    const result = anchorPassage(changed, selectors);
    assert.equal(result.status, "fuzzy");
    assert.equal(changed.slice(result.start, result.end), "terrorism, separatism and extremism");
    assert.equal(result.start, changed.indexOf("terrorism, separatism and extremism, particularly"));
    assert.ok(result.score > 0.9 && result.score < 1, `${result.score}`);
  });
});

describe("anchorPassage input checks", () => {
  const selectors = selectorsOn(MEHER, "The enemy");

  test("an empty or whitespace-only quote is a RangeError", () => {
    assert.throws(() => anchorPassage(MEHER, { ...selectors, quote: { ...selectors.quote, exact: "" } }), RangeError);
    assert.throws(() => anchorPassage(MEHER, { ...selectors, quote: { ...selectors.quote, exact: "   " } }), RangeError);
  });

  test("a malformed position or minScore is a RangeError; a position beyond a shorter text is not", () => {
    assert.throws(() => anchorPassage(MEHER, { ...selectors, position: { type: "TextPositionSelector", start: 9, end: 3 } }), RangeError);
    assert.throws(() => anchorPassage(MEHER, selectors, { minScore: 1.5 }), { name: "RangeError", message: /minScore/ });
    assert.throws(() => anchorPassage(MEHER, selectors, { minScore: Number.NaN }), RangeError);
    const result = anchorPassage("The enemy", { ...selectors, position: { type: "TextPositionSelector", start: 400, end: 409 } });
    assert.deepEqual(result, { status: "moved", start: 0, end: 9, score: 1 });
  });

  test("anchoring in an empty text finds nothing", () => {
    assert.equal(anchorPassage("", selectors).status, "orphan");
  });
});
