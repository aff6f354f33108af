import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { alignByProvisionId } from "./by-id";
import { parseCrosswalk } from "./crosswalk";
import { alignSides, type CompareSide } from "./rows";
import { loadEdition, loadFullNsct, nsctMissing, type TestEdition } from "./test-corpus";
import type { AlignedRow } from "./types";

const convention = loadEdition("shanghai-convention-2001", "en-meher");
const nsctExcerpt = loadEdition("us-nsct-2003", "en-meher");
const rats = loadEdition("rats-agreement-2002", "en-meher");
const charter = loadEdition("sco-charter-2002", "en-meher");
const nsctFull = loadFullNsct();

const side = (edition: TestEdition, provision: string | null = null): CompareSide => ({ ...edition, provision });
const pairs = (rows: AlignedRow[]): string[] => rows.map((r) => `${r.left?.id ?? "-"}|${r.right?.id ?? "-"}`);

/** A small crosswalk for these tests (not the project's curated one). */
const entries = parseCrosswalk(
  [
    "- left: shanghai-convention-2001:art_1__para_1__point_1",
    "  right: us-nsct-2003:sec_1__para_2",
    "  kind: equivalent",
    "  note: Both define terrorism.",
    "  source: test",
    "- left: shanghai-convention-2001:art_1__para_2",
    "  right: us-nsct-2003:sec_1__para_1",
    "  kind: related",
    "  note: Introduction ¶1 is only in the full text.",
    "  source: test",
    "- left: rats-agreement-2002:art_6__point_8",
    "  right: shanghai-convention-2001:art_1__para_1",
    "  kind: related",
    "  note: Point 8 cites paragraph 1 of Article I of the Convention.",
    "  source: test",
    "- left: sco-charter-2002:art_10",
    "  right: rats-agreement-2002:art_6",
    "  kind: partial",
    "  note: The Charter's Article 10 leaves the structure's functions to a separate treaty; Article 6 lists them.",
    "  source: test",
  ].join("\n"),
  "test-crosswalk.yaml",
);

describe("alignSides: two editions of one document", () => {
  test("one edition against itself, whole: every provision paired by id", () => {
    const { rows, skipped } = alignSides(side(convention), side(convention), entries);
    assert.deepEqual(rows, alignByProvisionId(convention.provisions, convention.provisions));
    assert.equal(rows.length, 8);
    assert.ok(rows.every((r) => r.left === r.right && r.kind === "same-id" && !r.subtree));
    assert.deepEqual(skipped, []);
  });

  test("a provision named on both sides cuts both to its subtree", { skip: nsctMissing }, () => {
    const { rows } = alignSides(side(nsctExcerpt, "sec_1"), side(nsctFull!, "sec_1"), entries);
    assert.equal(rows.length, 14); // the Introduction: heading, epigraph, twelve paragraphs
    assert.deepEqual(pairs(rows).slice(0, 4), ["sec_1|sec_1", "-|sec_1__epigraph_1", "-|sec_1__para_1", "sec_1__para_2|sec_1__para_2"]);
    assert.equal(rows.at(-1)!.right!.id, "sec_1__para_12");
  });

  test("a provision named on one side only is used for both", { skip: nsctMissing }, () => {
    assert.deepEqual(pairs(alignSides(side(nsctExcerpt, "sec_1__para_2"), side(nsctFull!), entries).rows), ["sec_1__para_2|sec_1__para_2"]);
    assert.deepEqual(pairs(alignSides(side(nsctExcerpt), side(nsctFull!, "sec_1__para_2"), entries).rows), ["sec_1__para_2|sec_1__para_2"]);
  });

  test("a provision the other edition lacks gives a one-sided row", { skip: nsctMissing }, () => {
    const { rows } = alignSides(side(nsctExcerpt), side(nsctFull!, "sec_1__para_1"), entries);
    assert.deepEqual(pairs(rows), ["-|sec_1__para_1"]);
  });

  test("whole editions: a row for every provision of either", { skip: nsctMissing }, () => {
    const { rows } = alignSides(side(nsctFull!), side(nsctExcerpt), entries);
    assert.equal(rows.length, nsctFull!.provisions.length);
  });

  test("two different provisions of one document: one chosen row", () => {
    const { rows } = alignSides(side(convention, "art_1__para_1__point_2"), side(convention, "art_1__para_1__point_3"), entries);
    assert.deepEqual(pairs(rows), ["art_1__para_1__point_2|art_1__para_1__point_3"]);
    assert.equal(rows[0]!.kind, "chosen");
    assert.equal(rows[0]!.subtree, true);
  });
});

describe("alignSides: two documents, a provision chosen on each", () => {
  test("a curated pair gives its entry's row, once", () => {
    const { rows } = alignSides(side(convention, "art_1__para_1__point_1"), side(nsctExcerpt, "sec_1__para_2"), entries);
    assert.equal(rows.length, 1);
    assert.deepEqual(
      { kind: rows[0]!.kind, source: rows[0]!.source, note: rows[0]!.note, alignmentSource: rows[0]!.alignmentSource, subtree: rows[0]!.subtree },
      { kind: "equivalent", source: "crosswalk", note: "Both define terrorism.", alignmentSource: "test", subtree: true },
    );
  });

  test("an uncurated pair gives a chosen row, then the curated pairs of their descendants", () => {
    const { rows, skipped } = alignSides(side(convention, "art_1"), side(nsctExcerpt, "sec_1"), entries);
    assert.deepEqual(pairs(rows), ["art_1|sec_1", "art_1__para_1__point_1|sec_1__para_2"]);
    assert.deepEqual(
      { kind: rows[0]!.kind, source: rows[0]!.source, note: rows[0]!.note, alignmentSource: rows[0]!.alignmentSource, subtree: rows[0]!.subtree },
      { kind: "chosen", source: "chosen", note: null, alignmentSource: null, subtree: true },
    );
    assert.equal(rows[1]!.kind, "equivalent");
    // Introduction ¶1 would lie under sec_1 but is not in Meher's excerpt: the UI can say so.
    assert.deepEqual(skipped.map((e) => `${e.left.provision}|${e.right.provision}`), ["art_1__para_2|sec_1__para_1"]);
  });

  test("the same with the full NSCT: the skipped pair becomes a row", { skip: nsctMissing }, () => {
    const { rows, skipped } = alignSides(side(convention, "art_1"), side(nsctFull!, "sec_1"), entries);
    assert.deepEqual(pairs(rows), ["art_1|sec_1", "art_1__para_1__point_1|sec_1__para_2", "art_1__para_2|sec_1__para_1"]);
    assert.deepEqual(skipped, []);
  });

  test("entries are used whichever way round they are written", () => {
    const { rows } = alignSides(side(nsctExcerpt, "sec_1"), side(convention, "art_1"), entries);
    assert.deepEqual(pairs(rows), ["sec_1|art_1", "sec_1__para_2|art_1__para_1__point_1"]);
    const charterRats = alignSides(side(rats, "art_6"), side(charter, "art_10"), entries).rows;
    assert.deepEqual(pairs(charterRats), ["art_6|art_10"]);
    assert.equal(charterRats[0]!.kind, "partial");
  });

  test("entries outside the chosen subtrees are left out", () => {
    const { rows, skipped } = alignSides(side(convention, "art_1__para_1__point_3"), side(nsctExcerpt, "sec_1"), entries);
    assert.deepEqual(pairs(rows), ["art_1__para_1__point_3|sec_1"]);
    assert.deepEqual(skipped, []);
  });

  test("a provision missing from its own edition is a RangeError", () => {
    assert.throws(() => alignSides(side(nsctExcerpt, "sec_1__para_1"), side(convention, "art_1"), entries), {
      name: "RangeError",
      message: /left side: provision "sec_1__para_1" is not in edition en-meher of us-nsct-2003/,
    });
  });
});

describe("alignSides: two documents, whole or one side whole", () => {
  test("whole documents: every curated pair between them, in the left document's order", () => {
    const { rows, skipped } = alignSides(side(convention), side(nsctExcerpt), entries);
    assert.deepEqual(pairs(rows), ["art_1__para_1__point_1|sec_1__para_2"]);
    assert.ok(rows.every((r) => r.source === "crosswalk" && r.subtree));
    assert.deepEqual(skipped.map((e) => e.right.provision), ["sec_1__para_1"]);
  });

  test("one side whole, the other a provision: pairs within that provision's subtree", () => {
    assert.deepEqual(pairs(alignSides(side(convention, "art_1__para_1"), side(rats), entries).rows), ["art_1__para_1|art_6__point_8"]);
    assert.deepEqual(pairs(alignSides(side(rats), side(convention, "art_1__para_1__point_1"), entries).rows), []);
    const { rows, skipped } = alignSides(side(convention, "art_1__para_1"), side(nsctExcerpt), entries);
    assert.deepEqual(pairs(rows), ["art_1__para_1__point_1|sec_1__para_2"]);
    assert.deepEqual(skipped, []);
  });

  test("no curated pair: no rows (the UI shows suggestions)", () => {
    assert.deepEqual(alignSides(side(charter), side(nsctExcerpt), entries), { rows: [], skipped: [] });
    assert.deepEqual(alignSides(side(convention), side(nsctExcerpt), []), { rows: [], skipped: [] });
  });
});
