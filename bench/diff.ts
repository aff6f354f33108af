/**
 * Speed of the text comparison (lib/diff), printed, never asserted:
 * (a) two definitions of about a hundred words each, per call;
 * (b) the full NSCT, paragraph by paragraph, against a copy with 2 % of its words edited, beside
 *     a bare jsdiff `diffWords` of the two whole texts and the bare cost of tokenising them;
 * (c) the worst case: the whole NSCT against a shuffle of its own words (it must fall back).
 * Run: npx tsx -e 'import { benchDiff } from "./bench/diff.ts"; console.log(benchDiff().join("\n"))'
 */
import { diffWords } from "diff";
import { DEFAULT_MAX_COST, diffTexts, tokenize, type DiffResult } from "../lib/diff";
import { conventionProvision, fullNsctProvision, fullNsctTexts, meherParagraph } from "../lib/diff/test-support";
import { nsctMissing, random } from "../lib/test-support";
import { editEdition } from "./anchoring";
import { describeTimes, timeRuns } from "./stats";

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
  const convention = conventionProvision("art_1__para_1__point_1__point_b");
  const nsctMeher = meherParagraph();
  for (let i = 0; i < 300; i++) diffTexts(convention, nsctMeher); // warm up
  const perCall = timeRuns(2000, () => diffTexts(convention, nsctMeher));
  const pair = diffTexts(convention, nsctMeher);
  lines.push(
    describeTimes(
      `(a) diffTexts, Convention Art. 1(1)(1)(b) (${wordCount(convention)} words) vs NSCT definition paragraph (${wordCount(nsctMeher)} words), per call`,
      perCall,
      { target: "<= 0.15 ms", subMillisecond: true },
    ),
    `    result: ${pair.granularity}, similarity ${pair.stats.similarity}, ${pair.segments.length} segments`,
  );

  if (nsctMissing) {
    lines.push(`(b), (c) skipped: ${nsctMissing}`);
    return lines;
  }
  const paragraphs = fullNsctTexts();

  // The same paragraph, Meher's quotation against the full text: nearly equal, per call.
  const nsctFull = fullNsctProvision("sec_1__para_2");
  for (let i = 0; i < 300; i++) diffTexts(nsctMeher, nsctFull);
  lines.push(
    describeTimes("    for comparison, NSCT paragraph as Meher quotes it vs the full text (7 small differences), per call", timeRuns(2000, () => diffTexts(nsctMeher, nsctFull)), {
      subMillisecond: true,
    }),
  );

  // (b) The full text, clause by clause, against a copy with 2 % of its words edited.
  const copy = editEdition(
    paragraphs.map((text, i) => ({ id: String(i), text })),
    0.02,
    2003,
  );
  const edited = copy.edited.map((p) => p.text);
  const whole = paragraphs.join("\n\n");
  const wholeEdited = edited.join("\n\n");
  let results: DiffResult[] = [];
  const ours = timeRuns(15, () => {
    results = paragraphs.map((text, i) => diffTexts(text, edited[i]!));
  });
  const fallbacks = results.filter((r) => r.fallback).length;
  const moved = results.reduce((sum, r) => sum + r.stats.wordsMoved, 0);
  lines.push(
    describeTimes(
      `(b) diffTexts on each of the ${paragraphs.length} NSCT paragraphs (${wordCount(whole)} words) vs a copy with 2 % of words edited (${copy.edits} edits), all paragraphs`,
      ours,
    ),
    `    ${fallbacks} paragraphs fell back; ${moved} words reported as moved`,
    describeTimes("    bare jsdiff diffWords on the two whole texts", timeRuns(7, () => diffWords(whole, wholeEdited))),
    describeTimes(
      "    bare tokenize(word) of both whole texts",
      timeRuns(15, () => {
        tokenize(whole, "word");
        tokenize(wholeEdited, "word");
      }),
    ),
  );

  // (c) Worst case: the whole text against a shuffle of its own words.
  const shuffled = shuffleWords(whole, 29185);
  let worst: DiffResult | null = null;
  const worstTimes = timeRuns(7, () => {
    worst = diffTexts(whole, shuffled);
  });
  const last = worst as DiffResult | null;
  lines.push(
    describeTimes(`(c) diffTexts, whole NSCT vs a shuffle of its own ${wordCount(shuffled)} words, word granularity requested`, worstTimes, { target: "well under 150 ms" }),
    `    used: ${last?.granularity}; ${last?.fallback?.reason ?? "no fallback"}`,
  );
  return lines;
}
