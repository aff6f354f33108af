import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { random } from "../test-support";
import { DEFAULT_MAX_COST, diffTexts, matchTokens } from "./diff";
import {
  assertResult,
  changes,
  conventionProvision,
  fullNsctProvision,
  fullNsctTexts,
  meherParagraph,
  nsctMissing,
  redline,
} from "./test-support";
import type { DiffOptions, DiffResult } from "./types";

/** diffTexts plus the segment invariant and the word arithmetic, checked on every call. */
function diff(left: string, right: string, options?: Partial<DiffOptions>): DiffResult {
  const result = diffTexts(left, right, options);
  assertResult(left, right, result);
  return result;
}

/** Meher's quotation (left) and the full text (right) of the NSCT definition paragraph. */
const meher = meherParagraph();
const full = nsctMissing ? "" : fullNsctProvision("sec_1__para_2");

/** Exactly the differences between Meher's quotation and the full text, as the word diff shows them. */
const NSCT_CHANGES = [
  ["insert", "-"], // terrorism-premeditated → terrorism--premeditated
  ["delete", "-"], // non-combatant → noncombatant
  ["delete", " "], // sub national → subnational
  ["insert", ","], // robbing and → robbing, and
  ["delete", "s"], // terrorise → terrorize
  ["insert", "z"],
  ["delete", "s"], // actions → action.
  ["insert", "."],
];

describe("diffTexts on the NSCT definition paragraph, Meher's quotation against the full text", { skip: nsctMissing }, () => {
  test("shows only the small differences, each where it is, and everything else equal", () => {
    const result = diff(meher, full);
    assert.equal(result.granularity, "word");
    assert.equal(result.fallback, null);
    assert.deepEqual(changes(result.segments), NSCT_CHANGES);
    const marked = redline(result.segments);
    for (const snippet of [
      "terrorism-{+-+}premeditated",
      "non[---]combatant",
      "sub[- -]national",
      "robbing{+,+} and",
      "terrori[-s-]{+z+}e people",
      "political action[-s-]{+.+}",
    ]) {
      assert.ok(marked.includes(snippet), `redline shows ${snippet}`);
    }
    // Equal pieces only: the first ends at the first difference, the long middle stretches are equal.
    assert.equal(result.segments[0]!.op, "equal");
    assert.ok(result.segments[0]!.text.endsWith("The enemy is terrorism-"));
  });

  test("word statistics: similarity 97, the spelling variants and joined words counted as changed", () => {
    const { stats } = diff(meher, full);
    assert.ok(stats.similarity >= 95, `similarity ${stats.similarity}`);
    // Left: 89 words (non, combatant, sub, national are four); right: 87.
    assert.deepEqual(stats, { similarity: 97, wordsAdded: 1, wordsRemoved: 3, wordsMoved: 0, wordsEqual: 86 });
  });

  test("the other way round, the same pieces with insert and delete swapped", () => {
    const result = diff(full, meher);
    const swapped = NSCT_CHANGES.map(([op, text]) => [op === "insert" ? "delete" : "insert", text]);
    // Redline order puts the deletion of a replacement first.
    assert.deepEqual(changes(result.segments), [
      swapped[0], swapped[1], swapped[2], swapped[3], swapped[5], swapped[4], swapped[7], swapped[6],
    ]);
  });

  test("char granularity finds the same pieces", () => {
    const result = diff(meher, full, { granularity: "char" });
    assert.equal(result.granularity, "char");
    assert.deepEqual(changes(result.segments), NSCT_CHANGES);
    assert.equal(result.stats.similarity, 97);
  });

  test("sentence granularity: the three sentences that differ are replaced whole, the others equal", () => {
    const result = diff(meher, full, { granularity: "sentence" });
    assert.equal(result.granularity, "sentence");
    const found = changes(result.segments);
    assert.deepEqual(found.map(([op]) => op), ["delete", "insert", "delete", "insert"]);
    assert.ok(String(found[0]![1]).startsWith("The enemy is terrorism-premeditated"));
    assert.ok(String(found[1]![1]).startsWith("The enemy is terrorism--premeditated"));
    assert.ok(String(found[2]![1]).endsWith("political actions"));
    assert.ok(String(found[3]![1]).endsWith("political action."));
    assert.deepEqual(result.stats, { similarity: 51, wordsAdded: 42, wordsRemoved: 44, wordsMoved: 0, wordsEqual: 45 });
  });

  test("ignorePunctuation: dashes, the hyphen, the comma and the full stop become neutral", () => {
    const result = diff(meher, full, { ignorePunctuation: true });
    assert.deepEqual(changes(result.segments), [
      ["delete", " "],
      ["delete", "s"],
      ["insert", "z"],
      ["delete", "s"],
    ]);
  });

  test("ignoring case, punctuation and whitespace leaves only the two spellings", () => {
    const result = diff(meher, full, { ignoreCase: true, ignorePunctuation: true, ignoreWhitespace: true });
    assert.deepEqual(changes(result.segments), [
      ["delete", "s"],
      ["insert", "z"],
      ["delete", "s"],
    ]);
  });
});

describe("diffTexts options", () => {
  test("ignoreCase makes Terrorism and terrorism equal; without it only the letter differs", () => {
    const left = "“Terrorism” means:";
    const right = "“terrorism” means:";
    assert.deepEqual(changes(diff(left, right).segments), [
      ["delete", "T"],
      ["insert", "t"],
    ]);
    const folded = diff(left, right, { ignoreCase: true });
    assert.deepEqual(folded.segments, [{ op: "equal", text: left, left: { from: 0, to: 18 }, right: { from: 0, to: 18 } }]);
    assert.equal(folded.stats.similarity, 100);
  });

  test("ignorePunctuation makes 'robbing, and' and 'robbing and' equal, with no insert at all", () => {
    const left = "extorting, robbing and wreaking havoc";
    const right = "extorting, robbing, and wreaking havoc";
    assert.deepEqual(changes(diff(left, right).segments), [["insert", ","]]);
    const result = diff(left, right, { ignorePunctuation: true });
    assert.equal(result.segments.length, 1);
    assert.equal(result.segments[0]!.op, "equal");
    assert.deepEqual(result.segments[0]!.right, { from: 0, to: right.length });
  });

  test("ignoreWhitespace makes 'sub national' and 'subnational' equal; whitespace runs never count at word granularity", () => {
    const left = "by sub national groups";
    const right = "by subnational groups";
    assert.deepEqual(changes(diff(left, right).segments), [["delete", " "]]);
    assert.deepEqual(changes(diff(left, right, { ignoreWhitespace: true }).segments), []);
    // A line break against a space, or a double space, is not a difference between words.
    assert.deepEqual(changes(diff("armed\nconflict  or", "armed conflict or").segments), []);
  });

  test("ignoreWhitespace at char granularity", () => {
    assert.deepEqual(changes(diff("armed\nconflict", "armed conflict", { granularity: "char" }).segments), [
      ["delete", "\n"],
      ["insert", " "],
    ]);
    assert.deepEqual(changes(diff("armed\nconflict", "armed conflict", { granularity: "char", ignoreWhitespace: true }).segments), []);
  });

  test("equal segments carry the left text and both ranges", () => {
    const result = diff("a  b", "a b");
    assert.deepEqual(result.segments, [{ op: "equal", text: "a  b", left: { from: 0, to: 4 }, right: { from: 0, to: 3 } }]);
  });
});

describe("diffTexts on unrelated passages", () => {
  test("two different definitions: long replacements, not confetti of shared 'of' and commas", () => {
    const left = conventionProvision("art_1__para_1__point_2");
    const right = conventionProvision("art_1__para_1__point_3");
    const result = diff(left, right);
    // The shared ending survives; nothing shorter than the changes around it does.
    assert.deepEqual(
      result.segments.filter((s) => s.op === "equal").map((s) => s.text),
      ["“", " with the national laws of the Parties"],
    );
    assert.deepEqual(changes(result.segments).slice(2), [
      ["delete", ";"],
      ["insert", "."],
    ]);
    assert.deepEqual(result.stats, { similarity: 12, wordsAdded: 51, wordsRemoved: 48, wordsMoved: 0, wordsEqual: 7 });
  });
});

describe("diffTexts falls back to a coarser granularity when the budget runs out", { skip: nsctMissing }, () => {
  test("word → sentence, with a notice a reader can be shown", () => {
    const result = diff(meher, full, { maxCost: 100 });
    assert.equal(result.requested, "word");
    assert.equal(result.granularity, "sentence");
    assert.deepEqual(result.fallback, {
      from: "word",
      to: "sentence",
      reason: "Too different to compare word by word in the time allowed; compared sentence by sentence.",
    });
    assert.deepEqual(changes(result.segments).map(([op]) => op), ["delete", "insert", "delete", "insert"]);
  });

  test("char → word", () => {
    const result = diff(meher, full, { granularity: "char", maxCost: 1000 });
    assert.equal(result.granularity, "word");
    assert.equal(result.fallback?.reason, "Too different to compare character by character in the time allowed; compared word by word.");
    assert.deepEqual(changes(result.segments), NSCT_CHANGES);
  });

  test("down to the whole text when sentences too would cost more", () => {
    // The full paragraph with its first two sentences swapped: even the sentence diff needs edits.
    const swapped = full.replace(
      "The enemy is not one person. It is not a single political regime.",
      "It is not a single political regime. The enemy is not one person.",
    );
    assert.notEqual(swapped, full);
    const result = diff(meher, swapped, { maxCost: 1 });
    assert.equal(result.granularity, "whole");
    assert.deepEqual(result.fallback, {
      from: "word",
      to: "whole",
      reason: "Too different to compare word by word or sentence by sentence in the time allowed; shown as a replacement of the whole text.",
    });
    assert.deepEqual(result.segments, [
      { op: "delete", text: meher, left: { from: 0, to: meher.length } },
      { op: "insert", text: swapped, right: { from: 0, to: swapped.length } },
    ]);
    assert.deepEqual(result.stats, { similarity: 0, wordsAdded: 87, wordsRemoved: 89, wordsMoved: 0, wordsEqual: 0 });
    // With the default budget the same pair is compared word by word, the swap shown as a move.
    const roomy = diff(meher, swapped);
    assert.equal(roomy.granularity, "word");
    assert.deepEqual(changes(roomy.segments).slice(0, 2), [
      ["move", "left", 1, "The enemy is not one person"],
      ["delete", ". "],
    ]);
  });

  test("the whole NSCT against a shuffle of its own words falls back instead of hanging", () => {
    const text = fullNsctTexts().join("\n\n");
    const words = text.split(/\s+/);
    let seed = 1;
    for (let i = words.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [words[i], words[j]] = [words[j]!, words[i]!];
    }
    const shuffled = words.join(" ");
    assert.ok(words.length > 10_000, `${words.length} words`);
    const result = diff(text, shuffled);
    assert.notEqual(result.granularity, "word");
    assert.equal(result.fallback?.from, "word");
    assert.match(result.fallback!.reason, /^Too different to compare word by word/);
  });
});

describe("diffTexts edge cases", () => {
  test("two empty texts: no segments, similarity 100", () => {
    const result = diff("", "");
    assert.deepEqual(result.segments, []);
    assert.deepEqual(result.stats, { similarity: 100, wordsAdded: 0, wordsRemoved: 0, wordsMoved: 0, wordsEqual: 0 });
  });

  test("one empty side: all inserted or all deleted", () => {
    const text = conventionProvision("art_1__para_1__point_1");
    assert.deepEqual(diff("", text).segments, [{ op: "insert", text, right: { from: 0, to: text.length } }]);
    assert.deepEqual(diff(text, "").segments, [{ op: "delete", text, left: { from: 0, to: text.length } }]);
    assert.deepEqual(diff(text, "").stats, { similarity: 0, wordsAdded: 0, wordsRemoved: 2, wordsMoved: 0, wordsEqual: 0 });
  });

  test("identical texts: one equal segment at every granularity", () => {
    const text = conventionProvision("art_1__para_1__point_1__point_a");
    for (const granularity of ["char", "word", "sentence"] as const) {
      const result = diff(text, text, { granularity });
      assert.equal(result.segments.length, 1);
      assert.equal(result.segments[0]!.op, "equal");
      assert.equal(result.stats.similarity, 100);
    }
  });

  test("whitespace-only difference at the edges stays equal at word granularity", () => {
    assert.deepEqual(changes(diff("  Article 1\n", "Article 1").segments), []);
    assert.deepEqual(changes(diff("", "  ").segments), [["insert", "  "]]);
  });

  test("text outside the Basic Multilingual Plane keeps UTF-16 offsets", () => {
    const result = diff("sign \u{1D400} here", "sign \u{1D401} here", { granularity: "char" });
    assert.deepEqual(changes(result.segments), [
      ["delete", "\u{1D400}"],
      ["insert", "\u{1D401}"],
    ]);
    assert.deepEqual(result.segments[1]!.left, { from: 5, to: 7 });
  });
});

describe("diffTexts rejects bad input with a RangeError", () => {
  test("texts that are not strings", () => {
    assert.throws(() => diffTexts(undefined as unknown as string, "x"), { name: "RangeError", message: /left text must be a string, got undefined/ });
    assert.throws(() => diffTexts("x", null as unknown as string), { name: "RangeError", message: /right text must be a string, got null/ });
  });

  test("unknown options and bad values", () => {
    assert.throws(() => diffTexts("a", "b", { ignorecase: true } as unknown as DiffOptions), {
      name: "RangeError",
      message: /unknown option "ignorecase"/,
    });
    assert.throws(() => diffTexts("a", "b", { granularity: "line" as "word" }), { name: "RangeError", message: /granularity must be one of/ });
    for (const maxCost of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.throws(() => diffTexts("a", "b", { maxCost }), { name: "RangeError", message: /maxCost must be a finite number above 0/ });
    }
    assert.throws(() => diffTexts("a", "b", { ignorePunctuation: 1 as unknown as boolean }), { name: "RangeError", message: /ignorePunctuation must be true or false/ });
  });
});

describe("matchTokens", () => {
  test("matches a longest common subsequence and sets aside what cannot match", () => {
    const found = matchTokens(["the", "enemy", "is", "terrorism"], ["terrorism", "the", "enemy", "is"], DEFAULT_MAX_COST);
    assert.deepEqual([...found!.match], [1, 2, 3, -1]);
  });

  test("gives up (null) when the edits needed exceed floor(maxCost / (n + m))", () => {
    // After the shared prefix "a", jsdiff sees [b, c] against [c, b]: n + m = 4, and 2 edits are needed.
    const left = ["a", "b", "c"];
    const right = ["a", "c", "b"];
    assert.equal(matchTokens(left, right, 7), null);
    assert.deepEqual([...matchTokens(left, right, 8)!.match], [0, -1, 1]);
  });
});

describe("the segment invariant on many edited copies of the Convention's Article 1", () => {
  const ids = [
    "art_1__para_1",
    "art_1__para_1__point_1__point_a",
    "art_1__para_1__point_1__point_b",
    "art_1__para_1__point_2",
    "art_1__para_1__point_3",
    "art_1__para_2",
  ];
  const texts = ids.map(conventionProvision);
  const next = random(2001);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const inserts = ["", " ", "\n", ",", ", ", "-", "--", "\u2014", ".", "The", "organization", "’s", "\u{1D400}", "e.g.", "; "];
  /** Insert, delete, move a stretch of up to 40 characters, or upper-case a prefix, a few times. */
  const mutate = (text: string): string => {
    let out = text;
    for (let k = Math.floor(next() * 8); k > 0; k--) {
      const at = Math.floor(next() * (out.length + 1));
      const kind = next();
      if (kind < 0.3) out = out.slice(0, at) + pick(inserts) + out.slice(at);
      else if (kind < 0.6) out = out.slice(0, at) + out.slice(at + Math.floor(next() * 12));
      else if (kind < 0.85) {
        const chunk = out.slice(at, at + Math.floor(next() * 40));
        out = out.slice(0, at) + out.slice(at + chunk.length);
        const to = Math.floor(next() * (out.length + 1));
        out = out.slice(0, to) + chunk + out.slice(to);
      } else out = out.slice(0, at).toUpperCase() + out.slice(at);
    }
    return out;
  };

  test("holds for 400 random edits, every granularity and option, with and without a tight budget", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const base = pick(texts);
      const left = mutate(base);
      const right = mutate(next() < 0.2 ? pick(texts) : base);
      const options: Partial<DiffOptions> = {
        granularity: pick(["char", "word", "sentence"] as const),
        ignoreCase: next() < 0.3,
        ignorePunctuation: next() < 0.3,
        ignoreWhitespace: next() < 0.3,
      };
      if (next() < 0.2) options.maxCost = 1 + Math.floor(next() * 3000);
      const result = diff(left, right, options);
      seen.add(result.granularity);
      for (const segment of result.segments) seen.add(segment.op);
    }
    // The run exercised every granularity and every kind of segment ("whole" has its own test above).
    for (const kind of ["char", "word", "sentence", "equal", "delete", "insert", "move"]) assert.ok(seen.has(kind), `no ${kind} in the run`);
  });
});

describe("the public entry point", () => {
  test("lib/diff/index re-exports the API", async () => {
    const api = await import("./index");
    const left = conventionProvision("art_1__para_1__point_3");
    const result = api.diffTexts(left, left.replace("organisation", "organization"));
    assert.deepEqual(changes(result.segments), [
      ["delete", "s"],
      ["insert", "z"],
    ]);
    assert.deepEqual(api.mergeStats([result.stats, result.stats]).wordsRemoved, 2);
    assert.equal(api.MIN_MOVE_WORDS, 3);
    assert.equal(api.DEFAULT_MAX_COST, DEFAULT_MAX_COST);
    assert.deepEqual(api.GRANULARITIES, ["char", "word", "sentence"]);
  });
});
