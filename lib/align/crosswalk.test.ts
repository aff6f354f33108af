import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, test } from "node:test";
import { CorpusError } from "../corpus/types";
import { alignThroughCrosswalk, CrosswalkError, entriesFor, parseCrosswalk } from "./crosswalk";
import { loadCorpus, loadEdition, nsctMissing, ROOT } from "./test-corpus";
import type { CrosswalkEntry } from "./types";

const FILE = "crosswalks/test.yaml";
/** Two valid entries; tests break one line at a time. */
const VALID = [
  "- left: shanghai-convention-2001:art_1__para_1__point_1", //  1
  "  right: us-nsct-2003:sec_1__para_2", //                       2
  "  kind: equivalent", //                                        3
  "  note: Both define terrorism.", //                            4
  "  source: Synopsis editors, test", //                          5
  "", //                                                          6
  "# a comment", //                                               7
  "- left: rats-agreement-2002:art_6__point_8", //                8
  "  right: shanghai-convention-2001:art_1__para_1", //           9
  "  kind: related", //                                           10
  "  note: >-", //                                                11
  "    Point 8 refers to paragraph 1 of Article I", //            12
  "    of the Convention.", //                                    13
  "  source: Synopsis editors, test", //                          14
];
const withLine = (line: number, text: string): string => VALID.map((l, i) => (i + 1 === line ? text : l)).join("\n");

function failsAt(yamlText: string, line: number, pattern: RegExp, field?: string): void {
  assert.throws(
    () => parseCrosswalk(yamlText, FILE),
    (error: unknown) => {
      assert.ok(error instanceof CrosswalkError, `not a CrosswalkError: ${String(error)}`);
      assert.ok(error instanceof CorpusError);
      assert.equal(error.line, line, error.message);
      assert.equal(error.file, FILE);
      assert.equal(error.field, field, error.message);
      assert.ok(!error.message.includes(FILE), `the message names the file only in describe(): ${error.message}`);
      assert.match(error.message, pattern);
      assert.equal(error.describe(), `${FILE}:${line}: ${error.message}`);
      return true;
    },
  );
}

describe("parseCrosswalk", () => {
  test("reads entries with their refs, kind, note, source and line", () => {
    const entries = parseCrosswalk(VALID.join("\n"), FILE);
    assert.deepEqual(entries, [
      {
        left: { document: "shanghai-convention-2001", provision: "art_1__para_1__point_1" },
        right: { document: "us-nsct-2003", provision: "sec_1__para_2" },
        kind: "equivalent",
        note: "Both define terrorism.",
        source: "Synopsis editors, test",
        line: 1,
      },
      {
        left: { document: "rats-agreement-2002", provision: "art_6__point_8" },
        right: { document: "shanghai-convention-2001", provision: "art_1__para_1" },
        kind: "related",
        note: "Point 8 refers to paragraph 1 of Article I of the Convention.",
        source: "Synopsis editors, test",
        line: 8,
      },
    ]);
  });

  test("an empty file or one with only comments is an empty crosswalk", () => {
    assert.deepEqual(parseCrosswalk("", FILE), []);
    assert.deepEqual(parseCrosswalk("# nothing yet\n", FILE), []);
    assert.deepEqual(parseCrosswalk("[]\n", FILE), []);
  });

  test("a malformed ref names its line and field", () => {
    failsAt(withLine(2, "  right: sec_1__para_2"), 2, /entry 1, right: must be \{document\}:\{provisionId\}/, "right");
    failsAt(withLine(9, "  right: Shanghai Convention:art_1"), 9, /entry 2, right: must be/, "right");
  });

  test("an unknown kind", () => {
    failsAt(withLine(10, "  kind: similar"), 10, /entry 2, kind: must be one of equivalent, partial, related/, "kind");
  });

  test("a missing or empty note or source", () => {
    failsAt(withLine(4, "  note: '   '"), 4, /entry 1, note: must not be empty/, "note");
    failsAt(withLine(5, "  source:"), 5, /entry 1, source: /, "source");
    failsAt(VALID.filter((_, i) => i !== 3).join("\n"), 1, /entry 1, note: is missing/, "note");
  });

  test("a field of the wrong type", () => {
    failsAt(withLine(4, "  note: 2026"), 4, /entry 1, note: .*string/i, "note");
  });

  test("an unknown field (a typo) names the key's line", () => {
    failsAt(withLine(7, "  notes: also here"), 7, /entry 1, notes: is not a crosswalk field/, "notes");
  });

  test("both sides in one document", () => {
    failsAt(withLine(2, "  right: shanghai-convention-2001:art_1__para_2"), 2, /names the same document as left \(shanghai-convention-2001\)/, "right");
  });

  test("a pair listed twice, even the other way round", () => {
    const again = [...VALID, "- left: us-nsct-2003:sec_1__para_2", "  right: shanghai-convention-2001:art_1__para_1__point_1", "  kind: partial", "  note: x", "  source: y"];
    failsAt(again.join("\n"), 15, /entry 3 pairs us-nsct-2003:sec_1__para_2 and shanghai-convention-2001:art_1__para_1__point_1 again \(first at line 1\)/, "left");
  });

  test("not a list, an entry not a mapping, a YAML syntax error, a repeated key", () => {
    failsAt("left: a:b\nright: c:d\n", 1, /a crosswalk file is a YAML list/);
    failsAt([...VALID.slice(0, 7), "- just a string"].join("\n"), 8, /entry 2 is not a mapping/);
    // The parser notices the unclosed bracket on the next line.
    failsAt(withLine(3, "  kind: [equivalent"), 4, /not valid YAML: Flow sequence/);
    failsAt(withLine(10, "  left: rats-agreement-2002:art_6__point_9"), 10, /not valid YAML: Map keys must be unique/);
  });
});

describe("alignThroughCrosswalk on the real Convention and NSCT excerpt", () => {
  const convention = loadEdition("shanghai-convention-2001", "en-meher");
  const nsct = loadEdition("us-nsct-2003", "en-meher");
  const rats = loadEdition("rats-agreement-2002", "en-meher");
  const entries = parseCrosswalk(
    [
      // Written NSCT -> Convention: used swapped.
      "- left: us-nsct-2003:sec_1__para_2",
      "  right: shanghai-convention-2001:art_1__para_1__point_1",
      "  kind: equivalent",
      "  note: Both define terrorism.",
      "  source: test",
      "- left: shanghai-convention-2001:art_1",
      "  right: us-nsct-2003:sec_1",
      "  kind: related",
      "  note: The definitions' surroundings.",
      "  source: test",
      // Introduction ¶1 is not in Meher's excerpt.
      "- left: shanghai-convention-2001:art_1__para_2",
      "  right: us-nsct-2003:sec_1__para_1",
      "  kind: related",
      "  note: Test of a missing provision.",
      "  source: test",
      // Another pair of documents: not part of this comparison.
      "- left: rats-agreement-2002:art_6__point_8",
      "  right: shanghai-convention-2001:art_1__para_1",
      "  kind: related",
      "  note: Cross-reference.",
      "  source: test",
    ].join("\n"),
    FILE,
  );

  test("rows for entries between the two documents, turned and sorted by the left document's order", () => {
    const { rows, skipped } = alignThroughCrosswalk("shanghai-convention-2001", convention.provisions, "us-nsct-2003", nsct.provisions, entries);
    assert.deepEqual(
      rows.map((r) => [r.left?.id, r.right?.id, r.kind]),
      [
        ["art_1", "sec_1", "related"],
        ["art_1__para_1__point_1", "sec_1__para_2", "equivalent"],
      ],
    );
    const row = rows[1]!;
    assert.equal(row.source, "crosswalk");
    assert.equal(row.note, "Both define terrorism.");
    assert.equal(row.alignmentSource, "test");
    assert.equal(row.subtree, true);
    assert.match(row.left!.fullText, /serious bodily injury/);
    assert.deepEqual(skipped.map((e) => [e.left.provision, e.right.provision, e.line]), [["art_1__para_2", "sec_1__para_1", 11]]);
  });

  test("the other way round gives the same pairs turned", () => {
    const { rows, skipped } = alignThroughCrosswalk("us-nsct-2003", nsct.provisions, "shanghai-convention-2001", convention.provisions, entries);
    assert.deepEqual(rows.map((r) => [r.left?.id, r.right?.id]), [
      ["sec_1", "art_1"],
      ["sec_1__para_2", "art_1__para_1__point_1"],
    ]);
    assert.deepEqual(skipped.map((e) => [e.left.document, e.left.provision]), [["us-nsct-2003", "sec_1__para_1"]]);
  });

  test("the RATS against the Convention uses only its own entry", () => {
    const { rows, skipped } = alignThroughCrosswalk("rats-agreement-2002", rats.provisions, "shanghai-convention-2001", convention.provisions, entries);
    assert.deepEqual(rows.map((r) => [r.left?.id, r.right?.id]), [["art_6__point_8", "art_1__para_1"]]);
    assert.deepEqual(skipped, []);
  });

  test("no entries, no rows; one document on both sides is a RangeError", () => {
    assert.deepEqual(alignThroughCrosswalk("shanghai-convention-2001", convention.provisions, "us-nsct-2003", nsct.provisions, []), { rows: [], skipped: [] });
    assert.throws(() => alignThroughCrosswalk("us-nsct-2003", nsct.provisions, "us-nsct-2003", nsct.provisions, entries), RangeError);
  });
});

describe("entriesFor", () => {
  const entries = parseCrosswalk(VALID.join("\n"), FILE);

  test("finds a provision's curated partners in either direction, with it on the left", () => {
    const found = entriesFor({ document: "shanghai-convention-2001", provision: "art_1__para_1" }, entries);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.left, { document: "shanghai-convention-2001", provision: "art_1__para_1" });
    assert.deepEqual(found[0]!.right, { document: "rats-agreement-2002", provision: "art_6__point_8" });
    assert.equal(found[0]!.line, 8);
    const same: CrosswalkEntry[] = entriesFor({ document: "shanghai-convention-2001", provision: "art_1__para_1__point_1" }, entries);
    assert.deepEqual(same, [entries[0]]);
  });

  test("nothing for an unpaired provision, nor for the same id in another document", () => {
    assert.deepEqual(entriesFor({ document: "sco-charter-2002", provision: "art_10" }, entries), []);
    assert.deepEqual(entriesFor({ document: "sco-charter-2002", provision: "art_1__para_1" }, entries), []);
  });
});

describe("the project's curated crosswalk", () => {
  const path = resolve(ROOT, "texts/crosswalk/curated.yaml");
  const missing = existsSync(path) ? false : `no curated crosswalk at ${path}`;

  test("parses, and every entry names provisions the corpus holds", { skip: missing }, () => {
    const entries = parseCrosswalk(readFileSync(path, "utf8"), "texts/crosswalk/curated.yaml");
    assert.ok(entries.length > 0);
    const corpus = loadCorpus();
    for (const entry of entries) {
      for (const ref of [entry.left, entry.right]) {
        const held = corpus.some((e) => e.document === ref.document && e.provisions.some((p) => p.id === ref.provision));
        // Without the full NSCT, its provisions outside Meher's excerpt cannot be checked.
        if (!held && nsctMissing && ref.document === "us-nsct-2003") continue;
        assert.ok(held, `line ${entry.line}: ${ref.document}:${ref.provision} is in no edition of the corpus`);
      }
    }
  });

  test("every quotation in a note is the exact wording of one of its two provisions", { skip: missing || nsctMissing }, () => {
    const entries = parseCrosswalk(readFileSync(path, "utf8"), "texts/crosswalk/curated.yaml");
    const corpus = loadCorpus();
    const squash = (text: string) => text.replace(/\s+/g, " ");
    let quotes = 0;
    for (const entry of entries) {
      const texts = [entry.left, entry.right].flatMap((ref) =>
        corpus.filter((e) => e.document === ref.document).flatMap((e) => e.provisions.filter((p) => p.id === ref.provision).map((p) => squash(p.fullText))),
      );
      for (const [, quote] of squash(entry.note).matchAll(/"([^"]+)"/g)) {
        quotes += 1;
        assert.ok(texts.some((text) => text.includes(quote!)), `line ${entry.line}: "${quote}" is not in ${entry.left.provision} or ${entry.right.provision}`);
      }
    }
    assert.ok(quotes >= entries.length, "each note quotes its texts");
  });
});
