import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, test } from "node:test";
import { parse as parseYaml } from "yaml";
import { detectFormat, parseEditionBody, readDocumentMeta, readEditionFile } from "./edition-file";
import { CorpusError, walkProvisions } from "./types";

const ROOT = resolve(import.meta.dirname, "../..");
const CONVENTION = "texts/shanghai-convention-2001/en-meher.md";
const conventionSource = readFileSync(resolve(ROOT, CONVENTION), "utf8");

/** A small valid edition file; tests break one line of it at a time. */
const VALID = [
  "---", //                         1
  "id: en-test", //                 2
  "language: en", //                3
  "title: A test edition", //       4
  "source:", //                     5
  "  citation: Somebody, 2020", //  6
  "licence: none stated", //        7
  "completeness: excerpt", //       8
  "summary: Article 1 only", //     9
  "---", //                         10
  "", //                            11
  "# Article 1", //                 12
  "", //                            13
  "The Parties agree.", //          14
  "",
].join("\n");

/** Run readEditionFile and return the CorpusError it must throw. */
function failure(source: string): CorpusError {
  try {
    readEditionFile(source);
  } catch (error) {
    assert.ok(error instanceof CorpusError, `expected a CorpusError, got ${String(error)}`);
    return error;
  }
  assert.fail("readEditionFile accepted a broken file");
}

describe("readEditionFile", () => {
  test("a valid file: metadata, body and the file line where the body starts", () => {
    const { meta, body, bodyLine } = readEditionFile(VALID);
    assert.deepEqual(meta, {
      id: "en-test",
      language: "en",
      title: "A test edition",
      source: { citation: "Somebody, 2020" },
      licence: "none stated",
      completeness: "excerpt",
      summary: "Article 1 only",
    });
    assert.equal(body, "\n# Article 1\n\nThe Parties agree.\n");
    assert.equal(bodyLine, 11);
    const lines = VALID.split("\n");
    assert.equal(lines[bodyLine - 1 + body.split("\n").indexOf("# Article 1")], "# Article 1");
  });

  test("the real Convention edition: its metadata and its seed reference", () => {
    const { meta, bodyLine } = readEditionFile(conventionSource);
    assert.equal(meta.id, "en-meher");
    assert.equal(meta.completeness, "excerpt");
    assert.deepEqual(meta.source.seed, { file: "000_3e8a8291dcea6464.txt", lines: "41-54" });
    assert.match(meta.source.citation, /^Manabhanjan Meher, "Security Mechanisms/);
    assert.equal(conventionSource.split("\n")[bodyLine - 2], "---", "the body starts on the line after the closing ---");
  });

  test("YAML dates become ISO days, and the date format is checked", () => {
    assert.equal(readEditionFile(VALID.replace("summary:", "date: 2003-02-14\nsummary:")).meta.date, "2003-02-14");
    assert.equal(readEditionFile(VALID.replace("summary:", "date: 2003-02\nsummary:")).meta.date, "2003-02");
    const error = failure(VALID.replace("summary:", "date: 14 Feb 2003\nsummary:"));
    assert.equal(error.line, 9);
    assert.match(error.message, /date: use YYYY/);
  });

  test("no front matter: CorpusError on line 1", () => {
    const error = failure("# Article 1\n\nThe Parties agree.\n");
    assert.equal(error.line, 1);
    assert.match(error.message, /must start with YAML front matter/);
  });

  test("invalid YAML: CorpusError on the file line of the fault", () => {
    // A tab used for indentation on line 3.
    let error = failure(VALID.replace("language: en", "\tlanguage: en"));
    assert.match(error.message, /not valid YAML/);
    assert.equal(error.line, 3);
    // A key given twice: the second one, on line 9.
    error = failure(VALID.replace("summary: Article 1 only", "id: again"));
    assert.match(error.message, /not valid YAML.*unique/);
    assert.equal(error.line, 9);
    // A flow sequence left open on line 7 is found where the next key starts, line 8.
    error = failure(VALID.replace("licence: none stated", "licence: [a, b"));
    assert.equal(error.line, 8);
  });

  test("a schema error names the field and its line", () => {
    let error = failure(VALID.replace("completeness: excerpt", "completeness: partial"));
    assert.equal(error.line, 8);
    assert.match(error.message, /^front matter: completeness: /);
    assert.match(error.message, /"full"\|"excerpt"/);

    error = failure(VALID.replace("id: en-test", "id: En Test"));
    assert.equal(error.line, 2);
    assert.match(error.message, /id: use lower-case letters/);

    error = failure(VALID.replace("  citation: Somebody, 2020", "  cite: Somebody, 2020"));
    assert.equal(error.line, 5, "a nested field is found at its top-level key");
    assert.match(error.message, /source\.citation/);

    error = failure(VALID.replace("summary: Article 1 only\n", ""));
    assert.match(error.message, /summary/);
    assert.equal(error.line, 1, "a missing field has no line of its own");
  });

  test("unknown keys are refused (a misspelt field never passes silently)", () => {
    const error = failure(VALID.replace("licence:", "lisence: x\nlicence:"));
    assert.match(error.message, /lisence/);
  });

  test("describe() gives file:line: message", () => {
    const error = failure(VALID.replace("completeness: excerpt", "completeness: partial"));
    error.file = "texts/x/en.md";
    assert.match(error.describe(), /^texts\/x\/en\.md:8: front matter: completeness: /);
  });

  test("CRLF files: the body line is the same as with LF", () => {
    assert.equal(readEditionFile(VALID.replace(/\n/g, "\r\n")).bodyLine, 11);
  });
});

describe("body lines of the real Convention edition", () => {
  const { meta, body, bodyLine } = readEditionFile(conventionSource);
  const lines = conventionSource.split("\n");
  const { provisions } = parseEditionBody(body, detectFormat(CONVENTION, body, meta.format), bodyLine);

  test("every provision's line holds the start of its text (or its heading)", () => {
    const nodes = [...walkProvisions(provisions)];
    assert.equal(nodes.length, 8);
    for (const node of nodes) {
      const line = lines[node.line - 1] ?? "";
      const start = node.text === "" ? node.num! : node.text.slice(0, 30);
      assert.ok(line.includes(start), `${node.id} at line ${node.line}: "${line.slice(0, 60)}" lacks "${start}"`);
      if (node.num) assert.ok(line.includes(node.num), `${node.id}: line ${node.line} lacks its number ${node.num}`);
    }
  });

  test("the lines are the file's, not the body's", () => {
    assert.deepEqual(
      [...walkProvisions(provisions)].map((n) => [n.id, n.line]),
      [
        ["art_1", 23],
        ["art_1__para_1", 25],
        ["art_1__para_1__point_1", 27],
        ["art_1__para_1__point_1__point_a", 28],
        ["art_1__para_1__point_1__point_b", 29],
        ["art_1__para_1__point_2", 30],
        ["art_1__para_1__point_3", 31],
        ["art_1__para_2", 33],
      ],
    );
  });
});

describe("readDocumentMeta", () => {
  test("the real document.yaml files are valid; YAML dates become ISO days", () => {
    const docs = readdirSync(resolve(ROOT, "texts")).filter((name) => existsSync(resolve(ROOT, "texts", name, "document.yaml")));
    assert.equal(docs.length, 5);
    for (const doc of docs) {
      const meta = readDocumentMeta(parseYaml(readFileSync(resolve(ROOT, "texts", doc, "document.yaml"), "utf8")));
      assert.match(meta.adopted.date, /^\d{4}(-\d{2}(-\d{2})?)?$/, doc);
    }
    const charter = readDocumentMeta(parseYaml(readFileSync(resolve(ROOT, "texts/sco-charter-2002/document.yaml"), "utf8")));
    assert.deepEqual([charter.adopted.date, charter.inForce, charter.type], ["2002-06-07", "2003-09-19", "charter"]);
  });

  test("an unknown type is a CorpusError naming the field", () => {
    assert.throws(
      () => readDocumentMeta({ title: "X", shortTitle: "X", type: "memo", adopted: { date: "2002" }, parties: [], languages: [], citation: "X" }),
      (error: unknown) => error instanceof CorpusError && /type/.test(error.message),
    );
  });
});
