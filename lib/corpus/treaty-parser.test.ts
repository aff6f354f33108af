import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, test } from "node:test";
import { markdownToBlocks, plainTextToBlocks } from "./blocks";
import { detectFormat, parseEditionBody, readEditionFile } from "./edition-file";
import { parseTreatyBlocks, readMarker } from "./treaty-parser";
import { walkProvisions, type ParseResult, type ProvisionNode } from "./types";

const ROOT = resolve(import.meta.dirname, "../..");
const TEXTS = join(ROOT, "texts");
const SHARED_TEXTS = resolve(ROOT, "../shared/texts");

/** Parse one edition file of the corpus (its inline body, or its `body:` file when present). */
function parseCorpusFile(file: string): ParseResult & { lines: string[] } {
  const source = readFileSync(join(ROOT, file), "utf8");
  const edition = readEditionFile(source);
  if (edition.meta.body) {
    const text = readFileSync(join(SHARED_TEXTS, file.split("/")[1]!, edition.meta.body), "utf8");
    return { ...parseEditionBody(text, detectFormat(edition.meta.body, text, edition.meta.format), 1), lines: text.split(/\r?\n/) };
  }
  return { ...parseEditionBody(edition.body, detectFormat(file, edition.body, edition.meta.format), edition.bodyLine), lines: source.split("\n") };
}

function all(nodes: readonly ProvisionNode[]): ProvisionNode[] {
  return [...walkProvisions(nodes)];
}

function find(nodes: readonly ProvisionNode[], id: string): ProvisionNode {
  const node = all(nodes).find((n) => n.id === id);
  assert.ok(node, `no provision ${id} (have ${all(nodes).map((n) => n.id).join(", ")})`);
  return node;
}

/** id, kind, num, label of a node and its descendants, in document order. */
function outline(node: ProvisionNode): [string, string, string | null, string][] {
  return all([node]).map((n) => [n.id, n.kind, n.num, n.label]);
}

const editionFiles = readdirSync(TEXTS)
  .flatMap((doc) => (existsSync(join(TEXTS, doc)) && !doc.includes(".") ? readdirSync(join(TEXTS, doc)).map((name) => `texts/${doc}/${name}`) : []))
  .filter((file) => file.endsWith(".md"))
  .sort();

describe("every corpus edition parses cleanly", () => {
  test("the corpus has the six edition files", () => {
    assert.deepEqual(editionFiles, [
      "texts/dushanbe-declaration-2008/en-meher.md",
      "texts/rats-agreement-2002/en-meher.md",
      "texts/sco-charter-2002/en-meher.md",
      "texts/shanghai-convention-2001/en-meher.md",
      "texts/us-nsct-2003/en-gutenberg.md",
      "texts/us-nsct-2003/en-meher.md",
    ]);
  });

  for (const file of editionFiles) {
    const meta = readEditionFile(readFileSync(join(ROOT, file), "utf8")).meta;
    const external = meta.body ? join(SHARED_TEXTS, file.split("/")[1]!, meta.body) : null;
    const skip = external && !existsSync(external) ? `${external} is not here (../shared/texts is kept outside the repository)` : false;
    test(file, { skip }, () => {
      const { provisions, warnings, lines } = parseCorpusFile(file);
      assert.deepEqual(warnings, []);
      const nodes = all(provisions);
      assert.ok(nodes.length > 0);
      const ids = nodes.map((n) => n.id);
      assert.equal(new Set(ids).size, ids.length, "ids are unique within the edition");
      for (const node of nodes) {
        assert.match(node.id, /^[a-z]+_[0-9a-z]+(__[a-z]+_[0-9a-z]+)*$/, `${node.id} is an Akoma Ntoso-style id`);
        assert.ok(node.label.length > 0, `${node.id} has a label`);
        assert.ok(node.line >= 1 && node.line <= lines.length, `${node.id} line ${node.line} is in the file`);
        assert.ok(node.text !== "" || node.children.length > 0 || node.heading !== null, `${node.id} is neither text nor container`);
        for (const child of node.children) assert.ok(child.id.startsWith(`${node.id}__`), `${child.id} is named under its parent ${node.id}`);
      }
    });
  }
});

describe("Shanghai Convention, Article 1", () => {
  const { provisions } = parseCorpusFile("texts/shanghai-convention-2001/en-meher.md");

  test("one article with the expected ids, kinds, numbers and labels", () => {
    assert.equal(provisions.length, 1);
    assert.deepEqual(outline(provisions[0]!), [
      ["art_1", "article", "Article 1", "Article 1"],
      ["art_1__para_1", "paragraph", "1.", "Article 1(1)"],
      ["art_1__para_1__point_1", "point", "1)", "Article 1(1)(1)"],
      ["art_1__para_1__point_1__point_a", "point", "a)", "Article 1(1)(1)(a)"],
      ["art_1__para_1__point_1__point_b", "point", "b)", "Article 1(1)(1)(b)"],
      ["art_1__para_1__point_2", "point", "2)", "Article 1(1)(2)"],
      ["art_1__para_1__point_3", "point", "3)", "Article 1(1)(3)"],
      ["art_1__para_2", "paragraph", "2.", "Article 1(2)"],
    ]);
  });

  test("the article has no text of its own; paragraph 1 is the chapeau of the definitions", () => {
    const article = provisions[0]!;
    assert.equal(article.text, "");
    assert.equal(find(provisions, "art_1__para_1").text, "For the purposes of this convention, the terms used in it shall have the following meaning:");
    assert.equal(find(provisions, "art_1__para_1__point_1").text, "“Terrorism” means:");
  });

  test("point b) is whole, without the paper's footnotes", () => {
    const b = find(provisions, "art_1__para_1__point_1__point_b");
    assert.ok(b.text.startsWith("Other act intended"), b.text.slice(0, 40));
    assert.ok(b.text.endsWith("national laws of the Parties;"), b.text.slice(-40));
    assert.ok(b.text.includes("by its nature or context"));
    assert.doesNotMatch(b.text, /Tao|sectsco|[⁰¹²³⁴⁵⁶⁷⁸⁹]/);
    assert.deepEqual(b.children, []);
  });

  test("paragraph 2 keeps the paper's missing full stop", () => {
    assert.ok(find(provisions, "art_1__para_2").text.endsWith("the term used in this Article"));
  });
});

describe("RATS Agreement, Article 6", () => {
  const { provisions } = parseCorpusFile("texts/rats-agreement-2002/en-meher.md");
  const article = find(provisions, "art_6");

  test("exactly twelve points, 1) to 12), directly under the article", () => {
    assert.equal(article.text, "");
    assert.deepEqual(
      article.children.map((n) => [n.id, n.kind, n.num, n.label]),
      Array.from({ length: 12 }, (_, i) => [`art_6__point_${i + 1}`, "point", `${i + 1})`, `Article 6(${i + 1})`]),
    );
  });

  test("point 4) has three indents and only point 4) has children", () => {
    const four = find(provisions, "art_6__point_4");
    assert.equal(four.text, "Creating and maintaining the RATS databank, specifically regarding:");
    assert.deepEqual(
      four.children.map((n) => [n.id, n.kind, n.num, n.label]),
      [1, 2, 3].map((n) => [`art_6__point_4__indent_${n}`, "indent", null, `Article 6(4), indent ${n}`]),
    );
    assert.ok(four.children[2]!.text.startsWith("Non-governmental organizations and individuals"));
    for (const point of article.children) if (point.id !== "art_6__point_4") assert.deepEqual(point.children, [], point.id);
  });
});

describe("SCO Charter, Article 10", () => {
  const { provisions } = parseCorpusFile("texts/sco-charter-2002/en-meher.md");

  test("two unnumbered paragraphs, ¶1 and ¶2, and no article text", () => {
    const article = find(provisions, "art_10");
    assert.equal(article.text, "");
    assert.deepEqual(
      article.children.map((n) => [n.id, n.kind, n.num, n.label, n.line]),
      [
        ["art_10__para_1", "paragraph", null, "Article 10 ¶1", 23],
        ["art_10__para_2", "paragraph", null, "Article 10 ¶2", 25],
      ],
    );
    assert.ok(article.children[0]!.text.startsWith("The regional Counter-terrorist Structure"));
    assert.ok(article.children[1]!.text.startsWith("Its main objectives and functions"));
  });
});

describe("Dushanbe Declaration, Articles 1, 5 and 10", () => {
  const { provisions } = parseCorpusFile("texts/dushanbe-declaration-2008/en-meher.md");

  test("the articles in the declaration's order", () => {
    assert.deepEqual(
      provisions.map((n) => n.id),
      ["art_1", "art_5", "art_10"],
    );
  });

  test("Article 1 has two unnumbered paragraphs", () => {
    const article = find(provisions, "art_1");
    assert.equal(article.text, "");
    assert.deepEqual(
      article.children.map((n) => [n.id, n.label, n.num]),
      [
        ["art_1__para_1", "Article 1 ¶1", null],
        ["art_1__para_2", "Article 1 ¶2", null],
      ],
    );
    assert.ok(article.children[0]!.text.startsWith("In the 21st century"));
    assert.ok(article.children[1]!.text.startsWith("Reliance on a solution"));
  });

  test("Article 5's single paragraph is the article's own text", () => {
    const article = find(provisions, "art_5");
    assert.deepEqual(article.children, []);
    assert.ok(article.text.startsWith("The member states of the Organisation stand up"));
    assert.ok(article.text.endsWith("the advantages of globalization."));
  });

  test("Article 10 has its opening words as chapeau and points i. to v.", () => {
    const article = find(provisions, "art_10");
    assert.equal(article.text, "The member states of the SCO reaffirming their commitment to basic documents and standards in the field of protection and encouragement of human rights:");
    assert.deepEqual(
      article.children.map((n) => [n.id, n.kind, n.num, n.label]),
      ["i", "ii", "iii", "iv", "v"].map((r) => [`art_10__point_${r}`, "point", `${r}.`, `Article 10(${r})`]),
    );
    assert.ok(article.children[4]!.text.startsWith("Maintain interaction of the SCO"));
  });
});

describe("NSCT excerpt", () => {
  const { provisions } = parseCorpusFile("texts/us-nsct-2003/en-meher.md");

  test("the definition paragraph keeps the id and label it has in the full text", () => {
    assert.deepEqual(
      outline(provisions[0]!),
      [
        ["sec_1", "section", null, "Introduction"],
        ["sec_1__para_2", "paragraph", null, "Introduction ¶2"],
      ],
    );
    assert.equal(provisions[0]!.heading, "Introduction");
    const para = find(provisions, "sec_1__para_2");
    assert.ok(para.text.startsWith("The enemy is not one person."));
    assert.ok(para.text.endsWith("legitimate forms of political actions"));
  });
});

describe("synthetic cases", () => {
  const parseText = (body: string) => parseTreatyBlocks(plainTextToBlocks(body));
  const parseMd = (body: string) => parseTreatyBlocks(markdownToBlocks(body));

  test('"i)" right after "h)" is the letter i, a sibling of h)', () => {
    const letters = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
    const { provisions, warnings } = parseText(["Article 3", "1) Chapeau:", ...letters.map((l) => `${l}) item ${l};`)].join("\n"));
    assert.deepEqual(warnings, []);
    const point = find(provisions, "art_3__point_1");
    assert.deepEqual(
      point.children.map((n) => [n.id, n.kind, n.label]),
      letters.map((l) => [`art_3__point_1__point_${l}`, "point", `Article 3(1)(${l})`]),
    );
  });

  test('"v)" after "u)" is a letter too, but "i)" after "a)" is a roman sub-point of a)', () => {
    const { provisions } = parseText(["Article 4", "a) first:", "i) sub one;", "ii) sub two;", "b) second."].join("\n"));
    const a = find(provisions, "art_4__point_a");
    assert.deepEqual(
      a.children.map((n) => [n.id, n.kind, n.num, n.label]),
      [
        ["art_4__point_a__point_i", "subpoint", "i)", "Article 4(a)(i)"],
        ["art_4__point_a__point_ii", "subpoint", "ii)", "Article 4(a)(ii)"],
      ],
    );
    assert.equal(find(provisions, "art_4__point_b").kind, "point");
    const u = parseText(["Article 4", ...[..."pqrstuv"].map((l) => `${l}) x`)].join("\n")).provisions[0]!;
    assert.deepEqual(u.children.map((n) => n.kind), Array(7).fill("point"));
    assert.equal(u.children.at(-1)!.id, "art_4__point_v");
  });

  test("roman points under a numbered point under a paragraph are sub-points, with their own dashes below", () => {
    const { provisions } = parseMd(["# Article 2", "", "1. The Parties:", "", "- 1) shall:", "  - (i) one;", "  - (ii) two:", "    - indent", "- 2) may."].join("\n"));
    assert.deepEqual(outline(provisions[0]!), [
      ["art_2", "article", "Article 2", "Article 2"],
      ["art_2__para_1", "paragraph", "1.", "Article 2(1)"],
      ["art_2__para_1__point_1", "point", "1)", "Article 2(1)(1)"],
      ["art_2__para_1__point_1__point_i", "subpoint", "(i)", "Article 2(1)(1)(i)"],
      ["art_2__para_1__point_1__point_ii", "subpoint", "(ii)", "Article 2(1)(1)(ii)"],
      ["art_2__para_1__point_1__point_ii__indent_1", "indent", null, "Article 2(1)(1)(ii), indent 1"],
      ["art_2__para_1__point_2", "point", "2)", "Article 2(1)(2)"],
    ]);
  });

  test("a roman point directly under an article (no letter or number above) is a point", () => {
    const { provisions } = parseText(["Article 9", "The Parties shall:", "i. act;", "ii. report."].join("\n"));
    assert.equal(provisions[0]!.text, "The Parties shall:");
    assert.deepEqual(provisions[0]!.children.map((n) => [n.id, n.kind]), [
      ["art_9__point_i", "point"],
      ["art_9__point_ii", "point"],
    ]);
  });

  test("a plain-text body: Article lines are headings, numbering starts blocks, other lines continue them", () => {
    const body = [
      "Preamble",
      "The Parties,",
      "Guided by the purposes of the Charter,",
      "Have agreed as follows:",
      "",
      "Article 1",
      "1. For the purposes of this",
      "Agreement:",
      "1) \"Party\" means a State;",
      "2) \"organ\" means a body.",
      "2. Nothing in this Article",
      "   shall apply.",
      "Article 2. Entry into force",
      "This Agreement enters into force on signature.",
    ].join("\n");
    const { provisions, warnings } = parseTreatyBlocks(plainTextToBlocks(body, 10));
    assert.deepEqual(warnings, []);
    assert.deepEqual(
      all(provisions).map((n) => [n.id, n.kind, n.num, n.label, n.line, n.text, n.heading]),
      [
        ["preamble", "preamble", null, "Preamble", 10, "The Parties, Guided by the purposes of the Charter, Have agreed as follows:", "Preamble"],
        ["art_1", "article", "Article 1", "Article 1", 15, "", null],
        ["art_1__para_1", "paragraph", "1.", "Article 1(1)", 16, "For the purposes of this Agreement:", null],
        ["art_1__para_1__point_1", "point", "1)", "Article 1(1)(1)", 18, '"Party" means a State;', null],
        ["art_1__para_1__point_2", "point", "2)", "Article 1(1)(2)", 19, '"organ" means a body.', null],
        ["art_1__para_2", "paragraph", "2.", "Article 1(2)", 20, "Nothing in this Article shall apply.", null],
        ["art_2", "article", "Article 2", "Article 2", 22, "This Agreement enters into force on signature.", "Entry into force"],
      ],
    );
  });

  test('"Article N: text" puts the text on the article; an article without text is warned about', () => {
    const { provisions, warnings } = parseText(["Article 1: The Parties agree.", "Article 2", "Article 3", "Done."].join("\n"));
    assert.equal(find(provisions, "art_1").text, "The Parties agree.");
    assert.equal(find(provisions, "art_1").heading, null);
    assert.equal(find(provisions, "art_3").text, "Done.");
    assert.deepEqual(warnings, [{ line: 2, message: "Article 2 has no text" }]);
  });

  test("repeated numbering gives a warning with its line and a unique id", () => {
    const { provisions, warnings } = parseText(["Article 1", "1. first", "2. second", "2. again", "2. and again"].join("\n"));
    assert.deepEqual(
      find(provisions, "art_1").children.map((n) => [n.id, n.text, n.line]),
      [
        ["art_1__para_1", "first", 2],
        ["art_1__para_2", "second", 3],
        ["art_1__para_2_2", "again", 4],
        ["art_1__para_2_3", "and again", 5],
      ],
    );
    assert.deepEqual(warnings, [
      { line: 4, message: 'duplicate provision id "art_1__para_2" (numbering repeats); stored as "art_1__para_2_2"' },
      { line: 5, message: 'duplicate provision id "art_1__para_2" (numbering repeats); stored as "art_1__para_2_3"' },
    ]);
  });

  test("a repeated article number is a warning too", () => {
    const { provisions, warnings } = parseMd(["# Article 7", "", "One.", "", "# Article 7", "", "Two."].join("\n"));
    assert.deepEqual(provisions.map((n) => [n.id, n.text]), [
      ["art_7", "One."],
      ["art_7_2", "Two."],
    ]);
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0]!.line, 5);
  });

  test("an explicit {#id label} in Markdown wins over the computed one", () => {
    const { provisions } = parseMd(["# Goals {#sec_4}", "", '{#sec_4__para_3 label="Goals ¶3"}', "Third paragraph."].join("\n"));
    assert.deepEqual(outline(provisions[0]!), [
      ["sec_4", "section", null, "Goals"],
      ["sec_4__para_3", "paragraph", null, "Goals ¶3"],
    ]);
  });
});

describe("readMarker", () => {
  const read = (text: string) => {
    const marker = readMarker(text);
    return marker && [marker.style, marker.value, marker.printed, marker.length];
  };

  test("paragraph, point, letter and roman numbering", () => {
    assert.deepEqual(read("1. For the purposes"), ["para", "1", "1.", 3]);
    assert.deepEqual(read("12) Establishing"), ["number", "12", "12)", 4]);
    assert.deepEqual(read("(3) text"), ["number", "3", "(3)", 4]);
    assert.deepEqual(read("b) Other act"), ["letter", "b", "b)", 3]);
    assert.deepEqual(read("(B)  Other"), ["letter", "b", "(B)", 5]);
    assert.deepEqual(read("aa) text"), ["letter", "aa", "aa)", 4]);
    assert.deepEqual(read("iv. Launch"), ["roman", "iv", "iv.", 4]);
    assert.deepEqual(read("(IX) text"), ["roman", "ix", "(IX)", 5]);
    assert.deepEqual(read("c) not roman"), ["letter", "c", "c)", 3]);
  });

  test("dashes and bullets are indents", () => {
    assert.deepEqual(read("- item"), ["indent", "", "-", 2]);
    assert.deepEqual(read("— item"), ["indent", "", "—", 2]);
    assert.deepEqual(read("• item"), ["indent", "", "•", 2]);
  });

  test("no numbering: words, years, decimals, abbreviations, unbalanced brackets", () => {
    assert.equal(readMarker("Article 1"), null);
    assert.equal(readMarker("The Parties"), null);
    assert.equal(readMarker("2001. The year"), null);
    assert.equal(readMarker("1.5 per cent"), null);
    assert.equal(readMarker("1)text without a space"), null);
    assert.equal(readMarker("e.g., closing the gap"), null);
    assert.equal(readMarker("ab) two different letters"), null);
    assert.equal(readMarker("No. 5"), null);
    assert.equal(readMarker("(iv. half a bracket"), null);
    assert.equal(readMarker("-dash without a space"), null);
    assert.equal(readMarker(""), null);
  });
});
