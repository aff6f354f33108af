import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { NoteTarget } from "../annotations/types";
import { carryOver, carryTarget, ELSEWHERE_MIN_SCORE, type EditionText } from "./carry-over";
import { describePassage } from "./selectors";
import { loadEdition, loadFullNsct, nsctMissing, targetOn, textOf } from "./test-support";

const NSCT = "us-nsct-2003";
const DEFINITION = "sec_1__para_2";
const meher = loadEdition(NSCT, "en-meher");
const full = loadFullNsct();

/** The edition with some provisions' texts replaced (a generated "new edition"). */
function edit(edition: EditionText, id: string, changes: Record<string, string>): EditionText {
  return {
    edition: `${edition.edition}-edited`,
    provisions: edition.provisions.map((p) => (p.id === id ? { id, text: changes[p.id] ?? p.text } : p)),
  };
}

/** Where a carried target now points, as text. */
function anchoredText(edition: EditionText, target: NoteTarget): string {
  return textOf(edition, target.anchor.provision).slice(target.anchor.start, target.anchor.end);
}

describe("carryOver from Meher's NSCT excerpt to the full strategy", { skip: nsctMissing }, () => {
  const notes = [
    targetOn(NSCT, meher, DEFINITION, "Certainly it is not a religion."),
    targetOn(NSCT, meher, DEFINITION, "strive to subvert the rule of law"),
    targetOn(NSCT, meher, DEFINITION, "politically motivated violence perpetrated against non-combatant targets by sub national groups"),
  ];

  test("same provision id: exact, moved (one character earlier) and fuzzy, counted in the report", () => {
    const before = structuredClone(notes);
    const { targets, report } = carryOver(notes, full!);
    assert.deepEqual(report, { exact: 1, moved: 1, fuzzy: 1, orphan: 0 });
    assert.deepEqual(notes, before, "the original targets are not changed");

    const [exact, moved, fuzzy] = targets as [NoteTarget, NoteTarget, NoteTarget];
    assert.deepEqual(exact.anchor, { status: "exact", provision: DEFINITION, start: 66, end: 97, score: 1 });
    assert.equal(moved.anchor.status, "moved");
    assert.equal(moved.anchor.start, notes[1]!.position.start - 1);
    assert.equal(anchoredText(full!, moved), "strive to subvert the rule of law");
    assert.equal(fuzzy.anchor.status, "fuzzy");
    assert.equal(anchoredText(full!, fuzzy), "politically motivated violence perpetrated against noncombatant targets by subnational groups");
    assert.ok(fuzzy.anchor.score > 0.95 && fuzzy.anchor.score < 1, `${fuzzy.anchor.score}`);
  });

  test("the new target keeps document, provision and the original selectors, under the new edition", () => {
    const carried = carryTarget(notes[2]!, full!);
    assert.equal(carried.document, NSCT);
    assert.equal(carried.edition, "en-gutenberg");
    assert.equal(carried.provision, DEFINITION);
    assert.deepEqual(carried.quote, notes[2]!.quote);
    assert.deepEqual(carried.position, notes[2]!.position);
    assert.equal(carried.quote.exact.includes("non-combatant"), true, "Meher's words are kept");
    assert.notEqual(carried.quote, notes[2]!.quote, "a copy, not the same object");
  });

  test("a provision id the new edition lacks: the whole text is searched, and the anchor names where", () => {
    // As if the note had been made when the excerpt's paragraph had another id.
    const renamed = { ...targetOn(NSCT, meher, DEFINITION, "Those who employ terrorism"), provision: "introduction__para_2" };
    const moved = carryTarget(renamed, full!);
    assert.equal(moved.provision, "introduction__para_2");
    assert.deepEqual(moved.anchor, { status: "moved", provision: DEFINITION, start: 253, end: 279, score: 1 });

    const edited = { ...notes[2]!, provision: "introduction__para_2" };
    const fuzzy = carryTarget(edited, full!);
    assert.equal(fuzzy.anchor.status, "fuzzy");
    assert.equal(fuzzy.anchor.provision, DEFINITION);
    assert.equal(anchoredText(full!, fuzzy), "politically motivated violence perpetrated against noncombatant targets by subnational groups");
    assert.ok(fuzzy.anchor.score >= ELSEWHERE_MIN_SCORE);
  });

  test("a formula found only in another provision needs the stricter threshold", () => {
    // "work with its friends" is deleted from its paragraph; "work with our friends" stands elsewhere.
    const id = "sec_4__subsec_3__para_3";
    const note = targetOn(NSCT, full!, id, "work with its friends");
    const next = edit(full!, id, { [id]: textOf(full!, id).replace("work with its friends", "work closely") });
    const lost = carryTarget(note, next);
    assert.deepEqual(lost.anchor, { status: "orphan", provision: id, start: -1, end: -1, score: 0 });

    const lax = carryTarget(note, next, { elsewhereMinScore: 0.6 });
    assert.equal(lax.anchor.status, "fuzzy");
    assert.equal(lax.anchor.provision, "sec_4__subsec_2__para_36");
    assert.equal(anchoredText(next, lax), "work with our friends");
    assert.ok(lax.anchor.score < ELSEWHERE_MIN_SCORE);
  });

  test("the exact words in their own context elsewhere beat similar words in the old provision", () => {
    // The new edition keeps Meher's wording in sec_1__para_2 and moves the published wording to a new paragraph.
    const words = "politically motivated violence perpetrated against noncombatant targets by subnational groups";
    const note = targetOn(NSCT, full!, DEFINITION, words);
    const next: EditionText = {
      edition: "reordered",
      provisions: [
        { id: DEFINITION, text: textOf(meher, DEFINITION) },
        { id: "sec_1__para_2a", text: textOf(full!, DEFINITION) },
      ],
    };
    const carried = carryTarget(note, next);
    assert.equal(carried.anchor.status, "moved");
    assert.equal(carried.anchor.provision, "sec_1__para_2a");
    assert.equal(anchoredText(next, carried), words);
  });

  test("a thousand notes on an unchanged text are exact; with every provision shifted, moved", () => {
    const targets: NoteTarget[] = [];
    const provisions = full!.provisions.filter((p) => p.text.length > 40);
    for (let i = 0; i < 1000; i++) {
      const provision = provisions[(i * 7) % provisions.length]!;
      const start = (i * 13) % (provision.text.length - 30);
      const end = start + 10 + (i % 20);
      if (provision.text.slice(start, end).trim() === "") continue;
      targets.push({ document: NSCT, edition: full!.edition, provision: provision.id, ...describePassage(provision.text, start, end), anchor: { status: "exact", provision: provision.id, start, end, score: 1 } });
    }
    const same = carryOver(targets, full!);
    assert.deepEqual(same.report, { exact: targets.length, moved: 0, fuzzy: 0, orphan: 0 });
    const shifted: EditionText = { edition: "shifted", provisions: full!.provisions.map((p) => ({ id: p.id, text: `Foreword. ${p.text}` })) };
    const moved = carryOver(targets, shifted);
    assert.deepEqual(moved.report, { exact: 0, moved: targets.length, fuzzy: 0, orphan: 0 });
    moved.targets.forEach((t, i) => assert.equal(t.anchor.start, targets[i]!.position.start + "Foreword. ".length));
  });
});

describe("carryTarget on a repeated phrase across provisions (RATS Agreement, Article 6)", () => {
  const rats = loadEdition("rats-agreement-2002", "en-meher");
  const PHRASE = "terrorism, separatism, and extremism";

  test("with new provision ids, prefix and suffix choose the provision the note was on", () => {
    const note = targetOn("rats-agreement-2002", rats, "art_6__point_3", PHRASE);
    const renumbered: EditionText = {
      edition: "renumbered",
      provisions: rats.provisions.map((p) => ({ id: p.id.replace("point", "item"), text: p.text })),
    };
    const withPhrase = renumbered.provisions.filter((p) => p.text.includes(PHRASE)).map((p) => p.id);
    assert.ok(withPhrase.length >= 5 && withPhrase[0] !== "art_6__item_3", withPhrase.join(", "));
    const carried = carryTarget(note, renumbered);
    assert.deepEqual(carried.anchor, { status: "moved", provision: "art_6__item_3", start: note.position.start, end: note.position.end, score: 1 });
  });
});

describe("a generated edition of the Convention's Article 1", () => {
  const convention = loadEdition("shanghai-convention-2001", "en-meher");
  const POINT_B = "art_1__para_1__point_1__point_b";
  const POINT_3 = "art_1__para_1__point_3";
  const PARA_2 = "art_1__para_2";
  const notes = [
    targetOn("shanghai-convention-2001", convention, POINT_3, "seizing or keeping power through the use of violence"),
    targetOn("shanghai-convention-2001", convention, POINT_B, "intended to cause death or serious bodily injury to a civilian"),
    targetOn("shanghai-convention-2001", convention, PARA_2, "provides or any may provide for a broader application"),
  ];
  const next: EditionText = {
    edition: "en-revised",
    provisions: convention.provisions.map((p) => {
      if (p.id === POINT_B) return { id: p.id, text: p.text.replace("intended to cause death or serious bodily injury to a civilian", "intended to cause the death of, or serious bodily injury to, a civilian") };
      if (p.id === PARA_2) return { id: p.id, text: "This Article shall not affect any international treaty or national law of the Parties that provides for a wider use of the terms used in this Article." };
      return p;
    }),
  };

  test("unchanged, edited and rewritten passages come out exact, fuzzy and orphan", () => {
    const { targets, report } = carryOver(notes, next);
    assert.deepEqual(report, { exact: 1, moved: 0, fuzzy: 1, orphan: 1 });
    assert.deepEqual(targets.map((t) => t.anchor.status), ["exact", "fuzzy", "orphan"]);
    assert.equal(anchoredText(next, targets[1]!), "intended to cause the death of, or serious bodily injury to, a civilian");
    assert.ok(targets[1]!.anchor.score >= 0.65 && targets[1]!.anchor.score < 1);
    assert.deepEqual(targets[2]!.anchor, { status: "orphan", provision: PARA_2, start: -1, end: -1, score: 0 });
    assert.ok(targets.every((t) => t.edition === "en-revised" && t.document === "shanghai-convention-2001"));
  });

  test("an empty list carries to an empty report", () => {
    assert.deepEqual(carryOver([], next), { targets: [], report: { exact: 0, moved: 0, fuzzy: 0, orphan: 0 } });
  });

  test("bad input is a RangeError", () => {
    const duplicated: EditionText = { edition: "dup", provisions: [{ id: "a", text: "x" }, { id: "a", text: "y" }] };
    assert.throws(() => carryOver(notes, duplicated), { name: "RangeError", message: /provision id a occurs twice/ });
    const empty = { ...notes[0]!, quote: { ...notes[0]!.quote, exact: " " } };
    assert.throws(() => carryTarget(empty, next), { name: "RangeError", message: /empty or only whitespace/ });
    assert.throws(() => carryOver(notes, next, { minScore: -0.1 }), { name: "RangeError", message: /minScore/ });
    assert.throws(() => carryOver(notes, next, { elsewhereMinScore: 2 }), { name: "RangeError", message: /elsewhereMinScore/ });
  });
});
