import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { fold, makeSnippet } from "./snippet";

const marks = { start: "[", end: "]" };

describe("search snippets", () => {
  test("marks terms and prefixes, folding case and accents", () => {
    assert.equal(fold("Tadžikistan"), "tadzikistan");
    assert.equal(makeSnippet("The Convention on Terrorism, in Tadžikistan too.", ["tadzikistan"], ["terror"], marks), "The Convention on [Terrorism], in [Tadžikistan] too.");
  });

  test("cuts around the first hit with ellipses", () => {
    const text = Array.from({ length: 60 }, (_, i) => `w${i}`).join(" ");
    assert.equal(makeSnippet(text, ["w30"], [], marks, 2), "…w28 w29 [w30] w31 w32…");
  });

  test("centres on a phrase rather than on its first scattered word", () => {
    const text = `violate public security ${Array.from({ length: 30 }, (_, i) => `x${i}`).join(" ")} to compel public authorities to act`;
    assert.equal(makeSnippet(text, ["compel", "public", "authorities"], [], marks, 2), "…x29 to [compel] [public] [authorities]…");
  });

  test("no hit: the start of the text", () => {
    assert.equal(makeSnippet("one two three", ["zzz"], [], marks, 1), "one two…");
  });
});
