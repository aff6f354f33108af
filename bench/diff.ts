/**
 * Speed of the text comparison (lib/diff), printed, never asserted:
 * (a) two definitions of about a hundred words each, per call;
 * (b) the full NSCT, paragraph by paragraph, against a copy with 2 % of its words edited, beside
 *     a bare jsdiff `diffWords` of the two whole texts and the bare cost of tokenising them;
 * (c) the worst case: the whole NSCT against a shuffle of its own words (it must fall back).
 * Run: npx tsx -e 'import("./bench/diff.ts").then(m => console.log(m.benchDiff().join("\n")))'
 */
import { random } from "./anchoring";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { diffWords } from "diff";
import { parseEditionBody, readEditionFile } from "../lib/corpus/edition-file";
import { parseGutenberg } from "../lib/corpus/gutenberg";
import { walkProvisions, type ProvisionNode } from "../lib/corpus/types";
import { DEFAULT_MAX_COST, diffTexts, tokenize, type DiffResult } from "../lib/diff";
import { percentile, timeRuns } from "./stats";

/** Where the full NSCT is kept, outside the repository (relative to the working directory). */
const NSCT_FULL = "../shared/texts/us-nsct-2003/29185.txt";

/** Sub-millisecond figures need more digits than the other benchmarks print. */
function ms(value: number): string {
  return value < 1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(1);
}

function describe(name: string, times: readonly number[], target?: string): string {
  return `${name}: median ${ms(percentile(times, 50))} ms, p95 ${ms(percentile(times, 95))} ms, min ${ms(Math.min(...times))} ms (n=${times.length})${target ? `  [target ${target}]` : ""}`;
}

/** One provision's text from a Markdown edition in texts/. */
function editionText(document: string, edition: string, id: string): string {
  const file = readEditionFile(readFileSync(path.resolve("texts", document, `${edition}.md`), "utf8"));
  return findText(parseEditionBody(file.body, "markdown", file.bodyLine).provisions, id);
}

function findText(nodes: readonly ProvisionNode[], id: string): string {
  for (const node of walkProvisions(nodes)) if (node.id === id) return node.text;
  throw new Error(`no provision ${id}`);
}


/** Edit `rate` of the words of each paragraph: a third replaced, a third deleted, a third followed by an inserted word. */
function editWords(paragraphs: readonly string[], rate: number, seed: number): { edited: string[]; edits: number } {
  const next = random(seed);
  const vocabulary = paragraphs.join(" ").split(/\s+/).filter(Boolean);
  const pick = () => vocabulary[Math.floor(next() * vocabulary.length)]!;
  let edits = 0;
  const edited = paragraphs.map((text) => {
    const words = text.split(/\s+/).filter(Boolean);
    const out: string[] = [];
    for (const word of words) {
      if (next() >= rate) {
        out.push(word);
        continue;
      }
      edits++;
      const kind = next();
      if (kind < 1 / 3) out.push(pick());
      else if (kind < 2 / 3) continue;
      else out.push(word, pick());
    }
    return out.join(" ");
  });
  return { edited, edits };
}

function shuffleWords(text: string, seed: number): string {
  const next = random(seed);
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = words.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [words[i], words[j]] = [words[j]!, words[i]!];
  }
  return words.join(" ");
}

function wordCount(text: string): number {
  return tokenize(text, "word").filter((t) => t.kind === "word").length;
}

/** The benchmark figures, one printed line each. */
export function benchDiff(): string[] {
  const lines = [`default budget maxCost = ${DEFAULT_MAX_COST.toLocaleString("en")}`];

  // (a) Two definitions, per call.
  const convention = editionText("shanghai-convention-2001", "en-meher", "art_1__para_1__point_1__point_b");
  const nsctMeher = editionText("us-nsct-2003", "en-meher", "sec_1__para_2");
  for (let i = 0; i < 300; i++) diffTexts(convention, nsctMeher); // warm up
  const perCall = timeRuns(2000, () => diffTexts(convention, nsctMeher));
  const pair = diffTexts(convention, nsctMeher);
  lines.push(
    describe(
      `(a) diffTexts, Convention Art. 1(1)(1)(b) (${wordCount(convention)} words) vs NSCT definition paragraph (${wordCount(nsctMeher)} words), per call`,
      perCall,
      "<= 0.15 ms",
    ),
    `    result: ${pair.granularity}, similarity ${pair.stats.similarity}, ${pair.segments.length} segments`,
  );

  const fullPath = path.resolve(NSCT_FULL);
  if (!existsSync(fullPath)) {
    lines.push(`(b), (c) skipped: the full NSCT is not at ${fullPath}`);
    return lines;
  }
  const paragraphs = [...walkProvisions(parseGutenberg(readFileSync(fullPath, "utf8")).provisions)]
    .map((node) => node.text)
    .filter((text) => text !== "");

  // The same paragraph, Meher's quotation against the full text: nearly equal, per call.
  const nsctFull = findText(parseGutenberg(readFileSync(fullPath, "utf8")).provisions, "sec_1__para_2");
  for (let i = 0; i < 300; i++) diffTexts(nsctMeher, nsctFull);
  lines.push(describe("    for comparison, NSCT paragraph as Meher quotes it vs the full text (7 small differences), per call", timeRuns(2000, () => diffTexts(nsctMeher, nsctFull))));

  // (b) The full text, clause by clause, against a copy with 2 % of its words edited.
  const { edited, edits } = editWords(paragraphs, 0.02, 2003);
  const whole = paragraphs.join("\n\n");
  const wholeEdited = edited.join("\n\n");
  let results: DiffResult[] = [];
  const ours = timeRuns(15, () => {
    results = paragraphs.map((text, i) => diffTexts(text, edited[i]!));
  });
  const fallbacks = results.filter((r) => r.fallback).length;
  const moved = results.reduce((sum, r) => sum + r.stats.wordsMoved, 0);
  lines.push(
    describe(
      `(b) diffTexts on each of the ${paragraphs.length} NSCT paragraphs (${wordCount(whole)} words) vs a copy with 2 % of words edited (${edits} edits), all paragraphs`,
      ours,
    ),
    `    ${fallbacks} paragraphs fell back; ${moved} words reported as moved`,
    describe("    bare jsdiff diffWords on the two whole texts", timeRuns(7, () => diffWords(whole, wholeEdited))),
    describe("    bare tokenize(word) of both whole texts", timeRuns(15, () => {
      tokenize(whole, "word");
      tokenize(wholeEdited, "word");
    })),
  );

  // (c) Worst case: the whole text against a shuffle of its own words.
  const shuffled = shuffleWords(whole, 29185);
  let worst: DiffResult | null = null;
  const worstTimes = timeRuns(7, () => {
    worst = diffTexts(whole, shuffled);
  });
  const last = worst as DiffResult | null;
  lines.push(
    describe(`(c) diffTexts, whole NSCT vs a shuffle of its own ${wordCount(shuffled)} words, word granularity requested`, worstTimes, "well under 150 ms"),
    `    used: ${last?.granularity}; ${last?.fallback?.reason ?? "no fallback"}`,
  );
  return lines;
}
