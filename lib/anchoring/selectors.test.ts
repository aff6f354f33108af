import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { checkSelectors, CONTEXT_LENGTH, describePassage } from "./selectors";

// Meher's quotation of the NSCT definition paragraph (texts/us-nsct-2003/en-meher.md), opening.
const TEXT =
  "The enemy is not one person. It is not a single political regime. Certainly it is not a religion. " +
  "The enemy is terrorism-premeditated, politically motivated violence perpetrated against non-combatant targets";

describe("describePassage", () => {
  test("a passage mid-text gets CONTEXT_LENGTH characters of context each side and its position", () => {
    const start = TEXT.indexOf("Certainly");
    const end = start + "Certainly it is not a religion.".length;
    const { quote, position } = describePassage(TEXT, start, end);
    assert.equal(CONTEXT_LENGTH, 32);
    assert.deepEqual(position, { type: "TextPositionSelector", start, end });
    assert.equal(quote.type, "TextQuoteSelector");
    assert.equal(quote.exact, "Certainly it is not a religion.");
    assert.equal(quote.prefix, TEXT.slice(start - 32, start));
    assert.equal(quote.prefix, " not a single political regime. ");
    assert.equal(quote.suffix, " The enemy is terrorism-premedit");
  });

  test("at the start and the end of a text the context is short", () => {
    const first = describePassage(TEXT, 0, 9);
    assert.equal(first.quote.exact, "The enemy");
    assert.equal(first.quote.prefix, "");
    assert.equal(first.quote.suffix, " is not one person. It is not a ");

    const near = describePassage(TEXT, 4, 9);
    assert.equal(near.quote.prefix, "The ");

    const last = describePassage(TEXT, TEXT.length - 7, TEXT.length);
    assert.equal(last.quote.exact, "targets");
    assert.equal(last.quote.suffix, "");
    assert.equal(last.quote.prefix.length, 32);

    const whole = describePassage(TEXT, 0, TEXT.length);
    assert.deepEqual([whole.quote.prefix, whole.quote.suffix], ["", ""]);
  });

  test("the context never keeps half of a surrogate pair", () => {
    const text = "😊" + "x".repeat(31) + "quote" + "y".repeat(31) + "😊";
    const start = text.indexOf("quote");
    const { quote } = describePassage(text, start, start + 5);
    assert.equal(quote.prefix, "x".repeat(31));
    assert.equal(quote.suffix, "y".repeat(31));
  });

  test("bad offsets and empty passages are RangeErrors", () => {
    assert.throws(() => describePassage(TEXT, 10, 5), { name: "RangeError", message: /start 10 is after its end 5/ });
    assert.throws(() => describePassage(TEXT, -1, 5), { name: "RangeError", message: /outside the text/ });
    assert.throws(() => describePassage(TEXT, 0, TEXT.length + 1), { name: "RangeError", message: /outside the text/ });
    assert.throws(() => describePassage(TEXT, 1.5, 4), { name: "RangeError", message: /integers/ });
    assert.throws(() => describePassage(TEXT, 4, 4), { name: "RangeError", message: /empty or only whitespace/ });
    assert.throws(() => describePassage(TEXT, 3, 4), { name: "RangeError", message: /empty or only whitespace/ });
    assert.throws(() => describePassage("", 0, 0), RangeError);
  });
});

describe("checkSelectors", () => {
  const good = describePassage(TEXT, 0, 9);

  test("accepts what describePassage built, even a position past the end of a shorter text", () => {
    checkSelectors(good);
    checkSelectors({ ...good, position: { type: "TextPositionSelector", start: 5000, end: 5009 } });
  });

  test("rejects empty quotes and malformed positions with a message", () => {
    assert.throws(() => checkSelectors({ ...good, quote: { ...good.quote, exact: "" } }), { name: "RangeError", message: /empty/ });
    assert.throws(() => checkSelectors({ ...good, quote: { ...good.quote, exact: " \n\t" } }), { name: "RangeError", message: /whitespace/ });
    assert.throws(() => checkSelectors({ ...good, position: { type: "TextPositionSelector", start: 9, end: 0 } }), { name: "RangeError", message: /after its end/ });
    assert.throws(() => checkSelectors({ ...good, position: { type: "TextPositionSelector", start: -2, end: 0 } }), { name: "RangeError", message: /negative/ });
    assert.throws(() => checkSelectors({ ...good, position: { type: "TextPositionSelector", start: NaN, end: 0 } }), { name: "RangeError", message: /integers/ });
  });
});
