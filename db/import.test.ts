import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { openDb, migrateDb, type Db } from "./client";
import { importCorpus } from "./import";
import { formatNotice } from "./report";
import { getProvision, getProvisionTree, listCorpusNotices, listDocuments, preferredEdition } from "./queries/corpus";
import { editions, provisions } from "./schema";

/**
 * The importer against a temporary database and temporary copies of the corpus folders: what it
 * stores, that a second run writes nothing, that a stored text never changes, and that a broken
 * file costs a notice and nothing else.
 */

const ROOT = path.resolve(import.meta.dirname, "..");
const TEXTS = path.join(ROOT, "texts");
const SHARED_TEXTS = path.resolve(ROOT, "../shared/texts");
const NSCT_FULL = path.join(SHARED_TEXTS, "us-nsct-2003/29185.txt");
const sharedMissing = existsSync(NSCT_FULL) ? false : `the full NSCT text is not at ${NSCT_FULL} (../shared/texts is kept outside the repository)`;

const SEED_EDITIONS = [
  "dushanbe-declaration-2008/en-meher",
  "rats-agreement-2002/en-meher",
  "sco-charter-2002/en-meher",
  "shanghai-convention-2001/en-meher",
  "us-nsct-2003/en-meher",
];

interface Sandbox {
  dir: string;
  texts: string;
  folders: string[];
  db: Db;
  /** A path inside the sandbox as the importer names it (relative to the working directory). */
  rel: (...parts: string[]) => string;
  cleanup: () => void;
}

/** A temporary folder with a copy of texts/, a migrated database in it, and the corpus folders. */
function sandbox(withShared: boolean): Sandbox {
  const dir = mkdtempSync(path.join(tmpdir(), "synopsis-import-"));
  const texts = path.join(dir, "texts");
  cpSync(TEXTS, texts, { recursive: true });
  const db = openDb(path.join(dir, "test.sqlite"));
  migrateDb(db);
  const folders = withShared && existsSync(SHARED_TEXTS) ? [texts, SHARED_TEXTS] : [texts];
  return {
    dir,
    texts,
    folders,
    db,
    rel: (...parts) => path.relative(process.cwd(), path.join(texts, ...parts)),
    cleanup: () => {
      db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Run a test body in a fresh sandbox and always remove it. */
function withSandbox(withShared: boolean, body: (box: Sandbox) => void): () => void {
  return () => {
    const box = sandbox(withShared);
    try {
      body(box);
    } finally {
      box.cleanup();
    }
  };
}

function editionKeys(db: Db): string[] {
  return db
    .select({ documentId: editions.documentId, id: editions.id })
    .from(editions)
    .all()
    .map((e) => `${e.documentId}/${e.id}`)
    .sort();
}

function totalChanges(db: Db): number {
  return (db.$client.prepare("select total_changes() as n").get() as { n: number }).n;
}

function rowCounts(db: Db): Record<string, number> {
  const count = (table: string) => (db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  return { documents: count("documents"), editions: count("editions"), provisions: count("provisions"), notices: count("corpus_notices") };
}

/** Everything stored for the editions, to compare before and after a run. */
function snapshot(db: Db) {
  return {
    editions: db.select().from(editions).orderBy(editions.documentId, editions.id).all(),
    provisions: db.select().from(provisions).orderBy(provisions.key).all(),
  };
}

/**
 * Notices other than the one for the NSCT full text, which is "missing" in a sandbox without
 * ../shared/texts (that notice has its own test below).
 */
function own<T extends { file: string; level: string }>(notices: readonly T[]): T[] {
  return notices.filter((n) => !(n.level === "missing" && n.file.endsWith(path.join("us-nsct-2003", "en-gutenberg.md"))));
}

const paraB = "art_1__para_1__point_1__point_b";
const CONVENTION_FILE = "shanghai-convention-2001/en-meher.md";

describe("importCorpus", () => {
  test(
    "imports the whole corpus: five documents, their editions and provisions",
    withSandbox(true, ({ db, folders }) => {
      const report = importCorpus(db, folders);
      assert.equal(report.unchanged, false);
      assert.deepEqual(report.documentsAdded.sort(), ["dushanbe-declaration-2008", "rats-agreement-2002", "sco-charter-2002", "shanghai-convention-2001", "us-nsct-2003"]);
      assert.deepEqual(report.documentsUpdated, []);

      const expected = sharedMissing ? SEED_EDITIONS : [...SEED_EDITIONS, "us-nsct-2003/en-gutenberg"].sort();
      assert.deepEqual(editionKeys(db), expected);
      assert.deepEqual(report.editionsAdded.map((e) => `${e.documentId}/${e.editionId}`).sort(), expected);
      if (sharedMissing) {
        assert.deepEqual(
          report.notices.map((n) => [n.level, path.basename(n.file)]),
          [["missing", "en-gutenberg.md"]],
        );
      } else {
        assert.deepEqual(report.notices, []);
      }

      // Counts by kind for a seed edition, and the provisions as stored.
      const convention = report.editionsAdded.find((e) => e.documentId === "shanghai-convention-2001")!;
      assert.deepEqual(convention.byKind, { article: 1, paragraph: 2, point: 5 });
      assert.equal(convention.provisions, 8);
      const b = getProvision(db, "shanghai-convention-2001", "en-meher", paraB);
      assert.ok(b);
      assert.equal(b.label, "Article 1(1)(1)(b)");
      assert.ok(b.text.startsWith("Other act intended") && b.text.endsWith("national laws of the Parties;"));
      const rats = getProvisionTree(db, "rats-agreement-2002", "en-meher");
      assert.equal(rats[0]!.children.length, 12);
      assert.equal(rats[0]!.children[3]!.children.length, 3);

      const excerpt = getProvision(db, "us-nsct-2003", "en-meher", "sec_1__para_2");
      assert.ok(excerpt?.text.includes("terrorism-premeditated"));
    }),
  );

  test(
    "the NSCT full text is imported from ../shared/texts with the definition at sec_1__para_2",
    { skip: sharedMissing },
    withSandbox(true, ({ db, folders }) => {
      importCorpus(db, folders);
      const full = getProvision(db, "us-nsct-2003", "en-gutenberg", "sec_1__para_2");
      assert.ok(full, "the full edition has sec_1__para_2");
      assert.equal(full.label, "Introduction ¶2");
      assert.ok(full.text.startsWith("The enemy is not one person. It is not a single political regime."));
      assert.ok(full.text.includes("The enemy is terrorism--premeditated, politically motivated violence perpetrated against noncombatant targets"));
      const row = db.select().from(editions).all().find((e) => e.id === "en-gutenberg")!;
      assert.equal(row.completeness, "full");
      assert.equal(row.format, "gutenberg");
      assert.equal(row.origin, path.relative(process.cwd(), NSCT_FULL), "the text is read where it lies, never copied");
    }),
  );

  test(
    "a second run with unchanged files writes nothing",
    withSandbox(true, ({ db, folders }) => {
      importCorpus(db, folders);
      const before = { changes: totalChanges(db), counts: rowCounts(db), stored: snapshot(db) };
      const again = importCorpus(db, folders);
      assert.equal(again.unchanged, true);
      assert.deepEqual([again.documentsAdded, again.documentsUpdated, again.editionsAdded, again.editionsUpdated], [[], [], [], []]);
      assert.equal(again.editionsUnchanged, before.counts.editions);
      assert.equal(totalChanges(db), before.changes, "no row was written");
      assert.deepEqual(rowCounts(db), before.counts);
      assert.deepEqual(snapshot(db), before.stored, "importedAt and every provision are as they were");
    }),
  );

  test(
    "a changed text of a stored edition is refused; a changed front matter is taken",
    withSandbox(false, ({ db, folders, texts, rel }) => {
      importCorpus(db, folders);
      const before = snapshot(db);
      const file = path.join(texts, CONVENTION_FILE);
      const original = readFileSync(file, "utf8");
      assert.ok(original.includes("by its nature or context"));
      writeFileSync(file, original.replace("by its nature or context", "by its nature and context"));

      const refused = importCorpus(db, folders);
      assert.equal(getProvision(db, "shanghai-convention-2001", "en-meher", paraB)!.text.includes("by its nature or context"), true, "the stored text is unchanged");
      assert.deepEqual(snapshot(db), before, "no edition and no provision changed");
      const notice = refused.notices.find((n) => n.level === "refused");
      assert.ok(notice, "a refused notice");
      assert.equal(notice.file, rel(CONVENTION_FILE));
      assert.match(notice.message, /edition "en-meher" of shanghai-convention-2001 differs from the text stored/);
      assert.match(notice.message, /new id \(for example "en-meher-2"\)/);
      assert.equal(refused.notices.filter((n) => n.level === "refused").length, 1, "only that file is refused");
      assert.equal(refused.editionsUnchanged, SEED_EDITIONS.length - 1, "the other editions are untouched");
      assert.equal(refused.unchanged, false, "the notice itself is stored");
      assert.deepEqual(
        own(listCorpusNotices(db)).map((n) => [n.level, n.file]),
        [["refused", rel(CONVENTION_FILE)]],
      );

      // Only the front matter changes: the metadata is updated, the text stays.
      writeFileSync(file, original.replace(/^licence: .*$/m, "licence: Corrected licence statement."));
      const updated = importCorpus(db, folders);
      assert.deepEqual(updated.editionsUpdated, ["shanghai-convention-2001/en-meher"]);
      assert.deepEqual(own(updated.notices), [], "the refusal is gone once the text is restored");
      assert.deepEqual(own(listCorpusNotices(db)), []);
      const after = snapshot(db);
      const row = after.editions.find((e) => e.documentId === "shanghai-convention-2001")!;
      const old = before.editions.find((e) => e.documentId === "shanghai-convention-2001")!;
      assert.equal(row.licence, "Corrected licence statement.");
      assert.equal(row.textHash, old.textHash);
      assert.equal(row.importedAt, old.importedAt);
      assert.notEqual(row.metaHash, old.metaHash);
      assert.deepEqual(after.provisions, before.provisions, "no provision changed");
      assert.deepEqual(
        after.editions.filter((e) => e.documentId !== "shanghai-convention-2001"),
        before.editions.filter((e) => e.documentId !== "shanghai-convention-2001"),
      );
    }),
  );

  test(
    "malformed files give notices with file and line; the rest of the corpus is imported",
    withSandbox(false, ({ db, folders, texts, rel }) => {
      const good = readFileSync(path.join(texts, CONVENTION_FILE), "utf8");
      const docYaml = readFileSync(path.join(texts, "shanghai-convention-2001/document.yaml"), "utf8");

      // A document with a valid document.yaml and two broken edition files.
      mkdirSync(path.join(texts, "broken-doc"));
      writeFileSync(path.join(texts, "broken-doc/document.yaml"), docYaml.replace(/^order: 1$/m, "order: 9"));
      const badYaml = good.replace("language: en", "language: en\n\tindented: with a tab"); // line 4
      writeFileSync(path.join(texts, "broken-doc/en-bad-yaml.md"), badYaml);
      writeFileSync(path.join(texts, "broken-doc/en-bad-schema.md"), good.replace("completeness: excerpt", "completeness: partial")); // line 12
      // A document whose document.yaml fails validation, with an edition that is fine in itself.
      mkdirSync(path.join(texts, "bad-meta"));
      writeFileSync(path.join(texts, "bad-meta/document.yaml"), docYaml.replace("type: convention", "type: memorandum"));
      writeFileSync(path.join(texts, "bad-meta/en-meher.md"), good);

      const report = importCorpus(db, folders);
      const notices = own(report.notices);
      assert.deepEqual(
        notices.map((n) => [n.level, n.file, n.line]),
        [
          ["error", rel("bad-meta/document.yaml"), 1],
          ["error", rel("broken-doc/en-bad-schema.md"), 12],
          ["error", rel("broken-doc/en-bad-yaml.md"), 4],
          ["error", rel("bad-meta/en-meher.md"), undefined],
        ],
      );
      assert.match(notices[0]!.message, /type/);
      assert.match(notices[1]!.message, /completeness/);
      assert.match(notices[2]!.message, /not valid YAML/);
      assert.match(notices[3]!.message, /no document\.yaml for "bad-meta"/);

      assert.deepEqual(editionKeys(db), SEED_EDITIONS, "every good edition is imported, no broken one");
      assert.deepEqual(
        listDocuments(db).map((d) => [d.id, d.editions.length]),
        [
          ["shanghai-convention-2001", 1],
          ["sco-charter-2002", 1],
          ["rats-agreement-2002", 1],
          ["us-nsct-2003", 1],
          ["dushanbe-declaration-2008", 1],
          ["broken-doc", 0],
        ],
      );
      assert.deepEqual(
        own(listCorpusNotices(db)).map((n) => [n.file, n.line]),
        notices.map((n) => [n.file, n.line ?? null]),
        "the notices are stored for the library page",
      );
    }),
  );

  test(
    "a malformed crosswalk file gives an error notice that names its file and line once",
    withSandbox(false, ({ db, folders, texts, rel }) => {
      mkdirSync(path.join(texts, "crosswalk"), { recursive: true });
      writeFileSync(
        path.join(texts, "crosswalk/bad.yaml"),
        [
          "- left: shanghai-convention-2001:art_1__para_1",
          "  right: us-nsct-2003:sec_1__para_2",
          "  kind: identical",
          "  note: Both define terrorism.",
          "  source: test",
        ].join("\n"),
      );
      const report = importCorpus(db, folders);
      const notices = own(report.notices);
      assert.deepEqual(
        notices.map((n) => [n.level, n.file, n.line]),
        [["error", rel("crosswalk/bad.yaml"), 3]],
      );
      assert.equal(notices[0]!.message, "entry 1, kind: must be one of equivalent, partial, related");
      assert.equal(formatNotice(notices[0]!), `${rel("crosswalk/bad.yaml")}:3: [error] entry 1, kind: must be one of equivalent, partial, related`);
    }),
  );

  test(
    "a pair listed in two crosswalk files, either way round, is stored once with a warning",
    withSandbox(false, ({ db, folders, texts, rel }) => {
      const entry = (left: string, right: string) => [`- left: ${left}`, `  right: ${right}`, "  kind: related", "  note: Test pair.", "  source: test"].join("\n");
      mkdirSync(path.join(texts, "crosswalk"), { recursive: true });
      writeFileSync(path.join(texts, "crosswalk/a-test.yaml"), entry("shanghai-convention-2001:art_1__para_2", "us-nsct-2003:sec_1__para_2"));
      writeFileSync(path.join(texts, "crosswalk/b-test.yaml"), entry("us-nsct-2003:sec_1__para_2", "shanghai-convention-2001:art_1__para_2"));
      const report = importCorpus(db, folders);
      const warnings = own(report.notices).filter((n) => n.level === "warning");
      assert.deepEqual(
        warnings.map((n) => [n.file, n.message]),
        [[`${rel("crosswalk/b-test.yaml")}:1`, "the pair us-nsct-2003:sec_1__para_2 / shanghai-convention-2001:art_1__para_2 is listed twice; the first entry is used"]],
      );
      const stored = db.$client
        .prepare("select origin from alignments where 'art_1__para_2|sec_1__para_2' in (left_provision || '|' || right_provision, right_provision || '|' || left_provision)")
        .all();
      assert.deepEqual(stored, [{ origin: `${rel("crosswalk/a-test.yaml")}:1` }]);
    }),
  );

  test(
    "an edition whose body file is nowhere gives a missing notice and no crash",
    withSandbox(false, ({ db, folders, texts, rel }) => {
      const charter = readFileSync(path.join(texts, "sco-charter-2002/en-meher.md"), "utf8");
      const frontMatter = charter.slice(0, charter.indexOf("\n---", 3) + 4);
      writeFileSync(
        path.join(texts, "sco-charter-2002/en-full.md"),
        frontMatter.replace("id: en-meher", "id: en-full").replace("completeness: excerpt", "completeness: full").replace(/\n---$/, "\nbody: nothere.txt\n---\n"),
      );
      const report = importCorpus(db, folders);
      const missing = report.notices.filter((n) => n.level === "missing");
      assert.deepEqual(
        report.notices.map((n) => [n.level, n.file]),
        [
          ["missing", rel("sco-charter-2002/en-full.md")],
          ["missing", rel("us-nsct-2003/en-gutenberg.md")],
        ],
      );
      assert.match(missing[0]!.message, /"nothere\.txt" of edition "en-full" is in no corpus folder/);
      assert.deepEqual(editionKeys(db), SEED_EDITIONS);
    }),
  );
});

describe("preferred edition", () => {
  test(
    "listDocuments: library order, and the NSCT's first edition is the full one when present",
    withSandbox(true, ({ db, folders }) => {
      importCorpus(db, folders);
      const docs = listDocuments(db);
      assert.deepEqual(
        docs.map((d) => d.id),
        ["shanghai-convention-2001", "sco-charter-2002", "rats-agreement-2002", "us-nsct-2003", "dushanbe-declaration-2008"],
      );
      const nsct = docs.find((d) => d.id === "us-nsct-2003")!;
      const rows = db.select().from(editions).all().filter((e) => e.documentId === "us-nsct-2003");
      if (sharedMissing) {
        assert.deepEqual(nsct.editions.map((e) => [e.id, e.preferred]), [["en-meher", true]]);
      } else {
        assert.deepEqual(
          nsct.editions.map((e) => [e.id, e.completeness, e.preferred]),
          [
            ["en-gutenberg", "full", true],
            ["en-meher", "excerpt", false],
          ],
        );
        assert.equal(preferredEdition(rows)?.id, "en-gutenberg");
      }
      for (const doc of docs) assert.equal(doc.editions.filter((e) => e.preferred).length, 1, `${doc.id} has one preferred edition`);
    }),
  );

  test("preferredEdition: full over excerpt, then marked preferred, then the latest date, then the id", () => {
    const e = (id: string, completeness: "full" | "excerpt", preferred = false, editionDate: string | null = null) => ({ id, completeness, preferred, editionDate });
    assert.equal(preferredEdition([e("a", "excerpt", true, "2020"), e("b", "full")])?.id, "b");
    assert.equal(preferredEdition([e("a", "full"), e("b", "full", true)])?.id, "b");
    assert.equal(preferredEdition([e("a", "full", false, "2001"), e("b", "full", false, "2009-06"), e("c", "full")])?.id, "b");
    assert.equal(preferredEdition([e("b", "excerpt"), e("a", "excerpt")])?.id, "a");
    assert.equal(preferredEdition([]), undefined);
  });
});
