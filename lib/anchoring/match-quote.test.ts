import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  approxCandidates,
  bestCandidate,
  contextScore,
  exactCandidates,
  MAX_ERRORS_CEILING,
  maxErrorsFor,
  POSITION_WEIGHT,
  PREFIX_WEIGHT,
  QUOTE_WEIGHT,
  scoreCandidate,
  SUFFIX_WEIGHT,
} from "./match-quote";
import { describePassage } from "./selectors";
import { loadEdition, loadFullNsct, locate, nsctMissing, textOf } from "./test-support";

const convention = loadEdition("shanghai-convention-2001", "en-meher");
/** Article 1(1)(1)(b), (2) and (3) of the Convention as one text: each ends on a national-laws formula. */
const ARTICLE = ["art_1__para_1__point_1__point_b", "art_1__para_1__point_2", "art_1__para_1__point_3"]
  .map((id) => textOf(convention, id))
  .join("\n");

describe("weights and error budget", () => {
  test("Hypothesis' weights: the quote outweighs both contexts together; position only breaks ties", () => {
    assert.deepEqual([QUOTE_WEIGHT, PREFIX_WEIGHT, SUFFIX_WEIGHT, POSITION_WEIGHT], [50, 20, 20, 2]);
    assert.ok(QUOTE_WEIGHT > PREFIX_WEIGHT + SUFFIX_WEIGHT);
    assert.ok(POSITION_WEIGHT < PREFIX_WEIGHT / 5);
  });

  test("half the quote's length, up to the ceiling", () => {
    assert.equal(maxErrorsFor("terrorism"), 4);
    assert.equal(maxErrorsFor("x".repeat(100)), 50);
    assert.equal(maxErrorsFor("x".repeat(2000)), MAX_ERRORS_CEILING);
    assert.equal(MAX_ERRORS_CEILING, 256);
  });
});

describe("exactCandidates and contextScore", () => {
  test("every occurrence, overlapping ones included", () => {
    assert.deepEqual(exactCandidates("aaaa", "aa").map((c) => c.start), [0, 1, 2]);
    assert.deepEqual(exactCandidates(ARTICLE, "national laws of the Parties").length, 3);
    assert.deepEqual(exactCandidates(ARTICLE, "not there"), []);
  });

  test("context similarity: equal is 1, nothing expected is 1, nothing found is 0, an edit costs its share", () => {
    assert.equal(contextScore("the Parties;", "the Parties;"), 1);
    assert.equal(contextScore("anything", ""), 1);
    assert.equal(contextScore("", "the Parties;"), 0);
    assert.equal(contextScore("the Party;", "the Parties"), 1 - 3 / 11);
  });
});

describe("scoreCandidate", () => {
  const quoteAt = locate(ARTICLE, "to intimidate a population");
  const { quote } = describePassage(ARTICLE, quoteAt.start, quoteAt.end);

  test("the exact words in their own context at their own place score 1", () => {
    assert.equal(scoreCandidate(ARTICLE, quote, { ...quoteAt, errors: 0 }, quoteAt.start), 1);
    assert.equal(scoreCandidate(ARTICLE, quote, { ...quoteAt, errors: 0 }), 1);
  });

  test("errors in the quote cost QUOTE_WEIGHT in proportion; distance costs at most POSITION_WEIGHT", () => {
    const twoErrors = scoreCandidate(ARTICLE, quote, { ...quoteAt, errors: 2 }, quoteAt.start);
    assert.ok(Math.abs(twoErrors - (1 - (QUOTE_WEIGHT * 2) / quote.exact.length / 92)) < 1e-12);
    const far = scoreCandidate(ARTICLE, quote, { ...quoteAt, errors: 0 }, quoteAt.start + ARTICLE.length);
    assert.ok(Math.abs(far - 90 / 92) < 1e-12);
  });

  test("a passage that opened its provision scores less for the same words in mid-text", () => {
    const text = textOf(convention, "art_1__para_1__point_2");
    const { quote: opening } = describePassage(text, 0, "“separatism” means".length);
    assert.equal(opening.prefix, "");
    const atStart = scoreCandidate(text, opening, { start: 0, end: opening.exact.length, errors: 0 });
    const moved = `Furthermore, ${text}`;
    const inside = scoreCandidate(moved, opening, { start: 13, end: 13 + opening.exact.length, errors: 0 });
    assert.equal(atStart, 1);
    assert.ok(inside < 1 - PREFIX_WEIGHT / 90 + 1e-12, `${inside}`);
  });
});

describe("approxCandidates near the old position", () => {
  // A note on the formula closing point (b); the new text rewords it there, while point (2)
  // keeps a closer copy of the old wording.
  const at = locate(ARTICLE, "prosecuted in accordance with the national laws of the Parties");
  const { quote } = describePassage(ARTICLE, at.start, at.end);
  const edited = ARTICLE.replace(quote.exact, "prosecuted under the national laws of the Parties");
  const max = maxErrorsFor(quote.exact);

  test("the global search alone reports only the closer copy in the wrong point", () => {
    const global = approxCandidates(edited, quote.exact, max);
    const best = bestCandidate(edited, quote, global);
    assert.ok(best);
    assert.equal(edited.slice(best.start, best.end), "prosecuting in accordance with the national laws of the Parties");
  });

  test("with the old position as a hint, the reworded passage in its own context wins", () => {
    const candidates = approxCandidates(edited, quote.exact, max, at.start);
    const best = bestCandidate(edited, quote, candidates, at.start);
    assert.ok(best);
    assert.equal(edited.slice(best.start, best.end), "prosecuted under the national laws of the Parties");
    assert.ok(best.score > 0.8 && best.score < 1, `${best.score}`);
  });

  test("no candidates in an empty text or for an empty quote", () => {
    assert.deepEqual(approxCandidates("", "x", 1), []);
    assert.deepEqual(approxCandidates("x", "", 1), []);
    assert.equal(bestCandidate("x", quote, []), null);
  });
});

describe("long quotes (several 32-character blocks)", { skip: nsctMissing }, () => {
  const full = loadFullNsct()!;

  test("the longest NSCT paragraph, with edits, is found across the whole text quickly", () => {
    const longest = full.provisions.reduce((a, b) => (a.text.length >= b.text.length ? a : b));
    assert.ok(longest.text.length > 1000, `${longest.id} is ${longest.text.length} characters`);
    const whole = full.provisions.map((p) => p.text).join("\u0000");
    const offset = whole.indexOf(longest.text);
    const edited = whole.slice(0, offset) + longest.text.replace(/ the /g, " a ") + whole.slice(offset + longest.text.length);
    const started = performance.now();
    const found = approxCandidates(edited, longest.text, maxErrorsFor(longest.text));
    const elapsed = performance.now() - started;
    assert.equal(found.length, 1);
    assert.equal(found[0]!.start, offset);
    assert.ok(found[0]!.errors > 0 && found[0]!.errors <= MAX_ERRORS_CEILING);
    assert.ok(elapsed < 500, `${elapsed.toFixed(1)} ms for ${edited.length} characters`);
  });
});
