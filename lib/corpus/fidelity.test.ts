import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, test } from "node:test";
import { detectFormat, parseEditionBody, readEditionFile, type EditionFile } from "./edition-file";
import { seedLines, stripFootnotes } from "./seed";
import { walkProvisions } from "./types";

/**
 * Seed fidelity: every edition transcribed from a seed paper must hold the paper's words exactly.
 * The seed lines the edition names, minus the paper's footnotes, are the passage; each provision's
 * printed number and text must occur in it, in order, character for character; and whatever of
 * the passage no provision accounts for must be exactly the layout the edition's notes say was
 * left out. A dropped, added or changed word of treaty text fails here.
 */

const ROOT = resolve(import.meta.dirname, "../..");
const TEXTS = join(ROOT, "texts");
const SEEDS = resolve(ROOT, "../shared/seeds");

interface Expectation {
  /**
   * The seed ranges in the order the edition uses them, when it reorders the paper's quotations
   * (must be the same ranges as the front matter's `source.seed.lines`).
   */
  order?: string;
  /** What of the passage is not text of any provision, in order, each gap trimmed. */
  residue: string[];
  /** What the edition's notes must say about that residue. */
  notes: RegExp[];
}

const EXPECTED: Record<string, Expectation> = {
  "texts/shanghai-convention-2001/en-meher.md": {
    // The list dash before 1), a), b), 2) and 3).
    residue: ["-", "-", "-", "-", "-"],
    notes: [/footnotes 3 and 4/, /list\s+dash/],
  },
  "texts/sco-charter-2002/en-meher.md": {
    residue: [],
    notes: [/two paragraphs/],
  },
  "texts/rats-agreement-2002/en-meher.md": {
    // The dash before each of the twelve functions and before each of the three items of 4).
    residue: Array<string>(15).fill("-"),
    notes: [/footnotes 7 and 8/, /after a dash/],
  },
  "texts/dushanbe-declaration-2008/en-meher.md": {
    // The paper quotes Article 10 (lines 164-170) before Articles 1 and 5 (lines 196-200).
    order: "196-200, 164-170",
    // "Article 1:" and "Article 5:" are the article headings; then the dash before i. to v.
    residue: ["Article 1:", "Article 5:", "-", "-", "-", "-", "-"],
    notes: [/"Article 1:" and "Article 5:"/, /order of the\s+declaration/],
  },
  "texts/us-nsct-2003/en-meher.md": {
    // The paper's opening quotation mark, and its closing mark with the full stop after it.
    residue: ['"', "”."],
    notes: [/opening and closing quotation marks/, /full stop/, /footnotes 12-15/],
  },
};

/** Every edition file of the repository's corpus, relative to the repository root. */
function editionFiles(): string[] {
  const files: string[] = [];
  for (const doc of readdirSync(TEXTS).sort()) {
    const dir = join(TEXTS, doc);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.endsWith(".md") && name.toLowerCase() !== "readme.md") files.push(`texts/${doc}/${name}`);
    }
  }
  return files;
}

const seeded = editionFiles()
  .map((file) => ({ file, edition: readEditionFile(readFileSync(join(ROOT, file), "utf8")) }))
  .filter((e): e is { file: string; edition: EditionFile & { meta: { source: { seed: { file: string; lines: string } } } } } => e.edition.meta.source.seed !== undefined);

/** Whitespace runs collapsed to one space, ends trimmed. */
function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The ranges of a seed spec, normalised and sorted, to compare two specs as sets. */
function ranges(spec: string): string[] {
  return spec
    .split(",")
    .map((part) => part.replace(/\s+/g, ""))
    .sort();
}

/** Where `wanted` stops matching the passage, for a readable failure. */
function divergence(passage: string, from: number, wanted: string): string {
  const head = wanted.slice(0, 24);
  const start = passage.indexOf(head, from);
  if (start < 0) return `its opening "${head}" is not in the passage after offset ${from}`;
  let i = 0;
  while (i < wanted.length && passage[start + i] === wanted[i]) i++;
  return `it differs after "${wanted.slice(Math.max(0, i - 30), i)}": edition has "${wanted.slice(i, i + 30)}", seed has "${passage.slice(start + i, start + i + 30)}"`;
}

test("every seed edition in texts/ has fidelity expectations, and every expectation a seed edition", () => {
  assert.ok(seeded.length >= 5, `expected the five seed editions, found ${seeded.length}`);
  assert.deepEqual(seeded.map((e) => e.file).sort(), Object.keys(EXPECTED).sort());
});

describe("seed fidelity", () => {
  for (const { file, edition } of seeded) {
    const seedFile = join(SEEDS, edition.meta.source.seed.file);
    const skip = existsSync(seedFile) ? false : `seed paper not found at ${seedFile} (../shared/seeds is kept outside the repository)`;

    test(file, { skip }, () => {
      const expected = EXPECTED[file];
      assert.ok(expected, `${file} quotes a seed but the fidelity test has no expected residue for it: add one`);
      const spec = edition.meta.source.seed.lines;
      if (expected.order) assert.deepEqual(ranges(expected.order), ranges(spec), "the reordered seed ranges must be the front matter's ranges");
      const passage = collapse(stripFootnotes(seedLines(readFileSync(seedFile, "utf8"), expected.order ?? spec)));

      const { provisions, warnings } = parseEditionBody(edition.body, detectFormat(file, edition.body, edition.meta.format), edition.bodyLine);
      assert.deepEqual(warnings, []);

      const residue: string[] = [];
      let cursor = 0;
      let matched = 0;
      for (const node of walkProvisions(provisions)) {
        if (node.text === "") continue;
        // An article's number is the edition's heading, not necessarily printed before its text;
        // every other printed number ("1.", "1)", "b)", "i.") must stand right before the text.
        const printed = node.num !== null && node.kind !== "article" ? `${node.num} ${node.text}` : node.text;
        const at = passage.indexOf(printed, cursor);
        assert.ok(at >= 0, `${node.label} (${file}:${node.line}) is not in the seed passage in order: ${divergence(passage, cursor, printed)}`);
        const gap = passage.slice(cursor, at).trim();
        if (gap) residue.push(gap);
        cursor = at + printed.length;
        matched += 1;
      }
      const tail = passage.slice(cursor).trim();
      if (tail) residue.push(tail);

      assert.ok(matched > 0, "no provision with text");
      assert.deepEqual(residue, expected.residue, "the seed passage holds words that no provision has");
      for (const pattern of expected.notes) assert.match(edition.meta.notes ?? "", pattern, `the notes must say what was left out (${pattern})`);
    });
  }
});
