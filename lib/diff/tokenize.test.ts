import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { conventionProvision, meherParagraph } from "./test-support";
import { tokenize, wordRanges } from "./tokenize";
import type { Token } from "./types";

/** Token texts and kinds, "text|kind". */
function shapes(tokens: readonly Token[]): string[] {
  return tokens.map((t) => `${t.text}|${t.kind}`);
}

/** Ranges tile the text and each token's text is its slice. */
function assertTiles(text: string, tokens: readonly Token[]): void {
  let at = 0;
  for (const token of tokens) {
    assert.equal(token.from, at, `token ${JSON.stringify(token.text)} starts where the previous ended`);
    assert.ok(token.to > token.from);
    assert.equal(token.text, text.slice(token.from, token.to));
    at = token.to;
  }
  assert.equal(at, text.length);
}

describe("tokenize at word granularity", () => {
  test("a hyphen between letters is its own token; a run of one character is one token", () => {
    const text = "terrorism--premeditated against non-combatant targets";
    const tokens = tokenize(text, "word");
    assertTiles(text, tokens);
    assert.deepEqual(shapes(tokens), [
      "terrorism|word", "--|punct", "premeditated|word", " |space", "against|word", " |space",
      "non|word", "-|punct", "combatant|word", " |space", "targets|word",
    ]);
  });

  test("dashes of different lengths and kinds have different keys", () => {
    const keys = ["a-b", "a--b", "a\u2013b", "a\u2014b"].map((text) => tokenize(text, "word")[1]!.key);
    assert.deepEqual(keys, ["-", "--", "\u2013", "\u2014"]);
    assert.equal(new Set(keys).size, 4);
    // Two different punctuation characters side by side are two tokens.
    assert.deepEqual(shapes(tokenize("Parties;”", "word")), ["Parties|word", ";|punct", "”|punct"]);
  });

  test("apostrophes stay inside a word only between two word characters", () => {
    assert.deepEqual(shapes(tokenize("it’s the States' duty", "word")), [
      "it’s|word", " |space", "the|word", " |space", "States|word", "'|punct", " |space", "duty|word",
    ]);
    assert.deepEqual(shapes(tokenize("don't", "word")), ["don't|word"]);
  });

  test("keys: words as written (lower-cased with ignoreCase), whitespace never compared, punctuation dropped with ignorePunctuation", () => {
    const plain = tokenize("“Terrorism” means:", "word");
    assert.deepEqual(plain.map((t) => t.key), ["“", "Terrorism", "”", null, "means", ":"]);
    const folded = tokenize("“Terrorism” means:", "word", { ignoreCase: true, ignorePunctuation: true });
    assert.deepEqual(folded.map((t) => t.key), [null, "terrorism", null, null, "means", null]);
    assert.equal(folded[1]!.text, "Terrorism", "the text keeps its case");
    assert.deepEqual(plain.map((t) => t.words), [0, 1, 0, 0, 1, 0]);
  });

  test("letters of other scripts are words; newlines and tabs are whitespace", () => {
    const text = "Шанхайская конвенция\n\t上海合作组织 (2001)";
    const tokens = tokenize(text, "word");
    assertTiles(text, tokens);
    assert.deepEqual(
      tokens.filter((t) => t.kind === "word").map((t) => t.text),
      ["Шанхайская", "конвенция", "上海合作组织", "2001"],
    );
    assert.equal(tokens[3]!.text, "\n\t");
  });

  test("the Convention's Article 1(1)(1)(b) tiles into its 99 words", () => {
    const text = conventionProvision("art_1__para_1__point_1__point_b");
    const tokens = tokenize(text, "word");
    assertTiles(text, tokens);
    // Counted independently: the text has no apostrophes, so letter runs are its words.
    assert.equal(text.match(/[\p{L}\p{N}]+/gu)?.length, 99);
    assert.equal(tokens.filter((t) => t.kind === "word").length, 99);
    assert.equal(wordRanges(text).length / 2, 99);
  });
});

describe("tokenize at sentence granularity", () => {
  test("Meher's NSCT paragraph is six sentences with the whitespace between them", () => {
    const text = meherParagraph();
    const tokens = tokenize(text, "sentence");
    assertTiles(text, tokens);
    const sentences = tokens.filter((t) => t.kind === "sentence");
    assert.deepEqual(
      sentences.map((t) => t.text.split(" ").slice(0, 3).join(" ")),
      ["The enemy is", "It is not", "Certainly it is", "The enemy is", "Those who employ", "These terrorists also"],
    );
    assert.deepEqual(sentences.map((t) => t.words), [6, 7, 6, 20, 26, 24]);
    assert.ok(tokens.filter((t) => t.kind === "space").every((t) => t.key === null));
  });

  test("splits after ; and : as well; keeps initialisms and listed abbreviations whole", () => {
    const text = "The parties agree: e.g., the U.S. Government and Art. 1 apply; see No. 5. Next sentence!";
    const sentences = tokenize(text, "sentence").filter((t) => t.kind === "sentence").map((t) => t.text);
    assert.deepEqual(sentences, ["The parties agree:", "e.g., the U.S. Government and Art. 1 apply;", "see No. 5.", "Next sentence!"]);
  });

  test("the key normalises whitespace, and follows ignoreCase and ignorePunctuation", () => {
    const [sentence] = tokenize("The  enemy\nis not one person.", "sentence");
    assert.equal(sentence!.key, "The enemy is not one person.");
    const [folded] = tokenize("The  enemy\nis, not one person.", "sentence", { ignoreCase: true, ignorePunctuation: true });
    assert.equal(folded!.key, "the enemy is not one person");
    const [squeezed] = tokenize("sub national groups", "sentence", { ignoreWhitespace: true });
    assert.equal(squeezed!.key, "subnationalgroups");
  });

  test("leading and trailing whitespace are tokens of their own", () => {
    const text = "  One. Two.\n";
    const tokens = tokenize(text, "sentence");
    assertTiles(text, tokens);
    assert.deepEqual(shapes(tokens), ["  |space", "One.|sentence", " |space", "Two.|sentence", "\n|space"]);
  });
});

describe("tokenize at char granularity", () => {
  test("one token per code point; whitespace compared unless ignoreWhitespace", () => {
    const text = "a b\u{1D400}";
    const tokens = tokenize(text, "char");
    assertTiles(text, tokens);
    assert.deepEqual(tokens.map((t) => t.key), ["a", " ", "b", "\u{1D400}"]);
    assert.deepEqual(tokens.map((t) => t.kind), ["word", "space", "word", "word"]);
    const ignoring = tokenize("A, b", "char", { ignoreWhitespace: true, ignorePunctuation: true, ignoreCase: true });
    assert.deepEqual(ignoring.map((t) => t.key), ["a", null, null, "b"]);
  });
});

describe("tokenize rejects bad input", () => {
  test("with a RangeError naming the problem", () => {
    assert.throws(() => tokenize(42 as unknown as string, "word"), { name: "RangeError", message: /text must be a string, got number 42/ });
    assert.throws(() => tokenize("x", "line" as "word"), { name: "RangeError", message: /granularity must be one of char, word, sentence, got "line"/ });
    assert.throws(() => tokenize("x", "word", { ignoreCase: "yes" as unknown as boolean }), {
      name: "RangeError",
      message: /option ignoreCase must be true or false/,
    });
    assert.throws(() => tokenize("x", "word", null as unknown as object), { name: "RangeError", message: /options must be an object, got null/ });
  });

  test("empty text gives no tokens", () => {
    for (const granularity of ["char", "word", "sentence"] as const) assert.deepEqual(tokenize("", granularity), []);
  });
});
