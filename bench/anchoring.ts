/**
 * Speed of carrying notes to a new edition (lib/anchoring), printed, never asserted:
 * (a) 10,000 notes on random passages of 3-25 words of the full NSCT, carried to a copy with
 *     about 2 % of its words edited (a third replaced, a third deleted, a third followed by an
 *     inserted word); p50 of 3 runs, with the outcome counts and how many anchors landed on
 *     the passage's true place in the edited copy;
 * (b) the expensive path: one note per provision, its passage deleted, so each is searched for
 *     in its provision and then across the whole edition before being reported lost.
 * Run: npx tsx -e 'import { benchAnchoring } from "./bench/anchoring.ts"; console.log(benchAnchoring().join("\n"))'
 */
import type { NoteTarget } from "../lib/annotations/types";
import { carryOver, describePassage, type CarryResult, type EditionProvision, type EditionText } from "../lib/anchoring";
import { loadFullNsct, textOf } from "../lib/anchoring/test-support";
import { nsctMissing, random } from "../lib/test-support";
import { describeTimes, percentile, timeRuns } from "./stats";

const NOTES = 10_000;
const EDIT_RATE = 0.02;

/** A provision's text after editing, and where each old offset went (for checking anchors). */
interface EditedProvision extends EditionProvision {
  /** newOffset[old] for every old offset 0..old length; a deleted word maps to where it was. */
  newOffset: Int32Array;
}

/** Edit about `rate` of the words of every provision, keeping the whitespace between the others. */
export function editEdition(provisions: readonly EditionProvision[], rate: number, seed: number): { edited: EditedProvision[]; edits: number } {
  const next = random(seed);
  const vocabulary = provisions.flatMap((p) => p.text.match(/\S+/g) ?? []);
  const pick = () => vocabulary[Math.floor(next() * vocabulary.length)]!;
  let edits = 0;
  const edited = provisions.map(({ id, text }) => {
    const newOffset = new Int32Array(text.length + 1);
    let out = "";
    let old = 0;
    for (const token of text.split(/(\s+)/)) {
      const isWord = token !== "" && !/^\s/.test(token);
      const kind = isWord && next() < rate ? next() : -1;
      if (kind >= 0) edits++;
      if (kind < 0 || kind >= 2 / 3) {
        // Kept (and, for the last third of edits, followed by an inserted word).
        for (let i = 0; i < token.length; i++) newOffset[old + i] = out.length + i;
        out += kind < 0 ? token : `${token} ${pick()}`;
      } else {
        // Replaced or deleted (its following space stays): its characters map to where it was.
        for (let i = 0; i < token.length; i++) newOffset[old + i] = out.length;
        if (kind < 1 / 3) out += pick();
      }
      old += token.length;
    }
    newOffset[text.length] = out.length;
    return { id, text: out, newOffset };
  });
  return { edited, edits };
}

/** `count` note targets on random passages of 3-25 words of random (non-empty) provisions of an edition. */
export function makeNotes(document: string, edition: EditionText, count: number, seed: number): NoteTarget[] {
  const next = random(seed);
  const withText = edition.provisions.filter((p) => /\S/.test(p.text));
  const words = new Map(withText.map((p) => [p.id, [...p.text.matchAll(/\S+/g)]]));
  const notes: NoteTarget[] = [];
  for (let i = 0; i < count; i++) {
    const provision = withText[Math.floor(next() * withText.length)]!;
    const list = words.get(provision.id)!;
    const length = Math.min(list.length, 3 + Math.floor(next() * 23));
    const first = Math.floor(next() * (list.length - length + 1));
    const last = list[first + length - 1]!;
    const start = list[first]!.index;
    const end = last.index + last[0].length;
    notes.push({
      document,
      edition: edition.edition,
      provision: provision.id,
      ...describePassage(provision.text, start, end),
      anchor: { status: "exact", provision: provision.id, start, end, score: 1 },
    });
  }
  return notes;
}

/** The benchmark figures, one printed line each. */
export function benchAnchoring(): string[] {
  const nsct = loadFullNsct();
  if (!nsct) return [`anchoring skipped: ${nsctMissing}`];
  const { provisions } = nsct;
  const size = provisions.reduce((sum, p) => sum + p.text.length, 0);
  const notes = makeNotes("us-nsct-2003", nsct, NOTES, 2003);
  const { edited, edits } = editEdition(provisions, EDIT_RATE, 29185);
  const edition: EditionText = { edition: "en-gutenberg-edited", provisions: edited.map(({ id, text }) => ({ id, text })) };
  const lines = [`full NSCT: ${provisions.length} provisions, ${size.toLocaleString("en")} characters; edited copy: ${edits} words edited`];

  // (a) Every note, carried to the edited copy. A fresh edition object per run, so each run indexes it.
  let result: CarryResult | null = null;
  const times = timeRuns(3, () => {
    result = carryOver(notes, { ...edition });
  });
  const { report, targets } = result as unknown as CarryResult;
  const byId = new Map(edited.map((p) => [p.id, p]));
  let placed = 0;
  let elsewhere = 0;
  for (const [i, target] of targets.entries()) {
    const note = notes[i]!;
    if (target.anchor.status === "orphan") continue;
    if (target.anchor.provision !== note.provision) {
      elsewhere++;
      continue;
    }
    const map = byId.get(note.provision)!.newOffset;
    const from = map[note.position.start]!;
    const to = map[note.position.end]!;
    if (target.anchor.start <= Math.max(from, to - 1) && target.anchor.end >= from) placed++;
  }
  const found = targets.length - report.orphan;
  lines.push(
    describeTimes(`(a) carryOver of ${NOTES.toLocaleString("en")} notes (3-25 words) to the copy with ${(EDIT_RATE * 100).toFixed(0)} % of words edited`, times, { target: "<= 2000 ms" }),
    `    exact ${report.exact}, moved ${report.moved}, fuzzy ${report.fuzzy}, orphan ${report.orphan}; of the ${found} found, ${placed} on the passage's edited place, ${elsewhere} in another provision`,
  );

  // (b) Deleted passages (one note per provision, so no deletion leaves part of another note's
  // words behind): every one falls through to the whole-edition search.
  const doomed = [...new Map(notes.map((note) => [note.provision, note])).values()];
  const cut = new Map(doomed.map((note) => [note.provision, textOf(nsct, note.provision).replace(note.quote.exact, "")]));
  const without: EditionText = { edition: "cut", provisions: provisions.map((p) => ({ id: p.id, text: cut.get(p.id) ?? p.text })) };
  let lost: CarryResult | null = null;
  const lostTimes = timeRuns(3, () => {
    lost = carryOver(doomed, { ...without });
  });
  const lostReport = (lost as unknown as CarryResult).report;
  lines.push(
    `${describeTimes(`(b) carryOver of ${doomed.length} notes whose passages were deleted (whole-edition search for each)`, lostTimes)}; p50 ${(percentile(lostTimes, 50) / doomed.length).toFixed(2)} ms a note`,
    `    exact ${lostReport.exact}, moved ${lostReport.moved} (the same words stand elsewhere), fuzzy ${lostReport.fuzzy}, orphan ${lostReport.orphan}`,
  );
  return lines;
}
