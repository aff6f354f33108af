import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, test } from "node:test";
import { isGutenberg, parseGutenberg, titleCase } from "./gutenberg";
import { CorpusError, walkProvisions, type ProvisionNode } from "./types";

const NSCT = resolve(import.meta.dirname, "../../../shared/texts/us-nsct-2003/29185.txt");
const missing = existsSync(NSCT) ? false : `NSCT source not found at ${NSCT} (../shared/texts is kept outside the repository)`;
const source = missing ? "" : readFileSync(NSCT, "utf8");
const real = missing ? null : parseGutenberg(source);

function all(nodes: readonly ProvisionNode[]): ProvisionNode[] {
  return [...walkProvisions(nodes)];
}

function find(nodes: readonly ProvisionNode[], id: string): ProvisionNode {
  const node = all(nodes).find((n) => n.id === id);
  assert.ok(node, `no provision ${id}`);
  return node;
}

function marked(node: ProvisionNode, type: "em" | "strong"): string[] {
  return node.marks.filter((m) => m.type === type).map((m) => node.text.slice(m.from, m.to));
}

/** The words (letters and digits) of a text, in order. */
function words(text: string): string[] {
  return text.match(/[A-Za-z0-9]+/g) ?? [];
}

describe("parseGutenberg on the NSCT 2003 Gutenberg text", { skip: missing }, () => {
  const provisions = real?.provisions ?? [];

  test("parses without warnings", () => {
    assert.deepEqual(real?.warnings, []);
  });

  test("five sections with their headings, ids and labels", () => {
    assert.deepEqual(
      provisions.map((n) => [n.id, n.kind, n.heading, n.label, n.text, n.num]),
      [
        ["sec_1", "section", "INTRODUCTION", "Introduction", "", null],
        ["sec_2", "section", "THE NATURE OF THE TERRORIST THREAT TODAY", "The Nature of the Terrorist Threat Today", "", null],
        ["sec_3", "section", "STRATEGIC INTENT", "Strategic Intent", "", null],
        ["sec_4", "section", "GOALS AND OBJECTIVES", "Goals and Objectives", "", null],
        ["sec_5", "section", "CONCLUSION", "Conclusion", "", null],
      ],
    );
    // Lines point into the original file.
    const lines = source.split("\r\n");
    for (const node of all(provisions)) {
      const printed = lines[node.line - 1]!.trim().replace(/^\[Illustration:\s*/, "").replace(/^[+_"]+/, "");
      assert.ok(printed.length > 0, `${node.id} points at a blank line ${node.line}`);
      const firstWord = words(node.kind === "section" || node.kind === "subsection" ? node.heading! : node.text)[0]!;
      assert.ok(printed.includes(firstWord), `${node.id}: line ${node.line} "${printed}" lacks "${firstWord}"`);
    }
    assert.equal(provisions[0]!.line, 86);
  });

  test("sec_1__para_2 is the definition of terrorism", () => {
    const node = find(provisions, "sec_1__para_2");
    assert.equal(node.kind, "paragraph");
    assert.equal(node.label, "Introduction ¶2");
    assert.equal(node.heading, null);
    assert.ok(node.text.startsWith("The enemy is not one person."));
    assert.ok(node.text.endsWith("legitimate forms of political action."));
    assert.ok(node.text.includes("The enemy is terrorism--premeditated, politically motivated violence"));
    assert.equal(node.line, 104);
    assert.doesNotMatch(node.text, /\s{2}|\n/);
  });

  test("Gutenberg header, licence, transcriber's note and contents are gone", () => {
    for (const node of all(provisions)) {
      for (const field of [node.text, node.heading ?? "", node.label]) {
        assert.doesNotMatch(field, /Project Gutenberg|Transcriber|Produced by|gutenberg\.(net|org)/i, node.id);
      }
    }
    const introductions = all(provisions).filter((n) => n.text.includes("INTRODUCTION") || n.heading?.includes("INTRODUCTION"));
    assert.deepEqual(introductions.map((n) => n.id), ["sec_1"]);
    assert.ok(provisions[0]!.children.every((n) => n.line > 86));
  });

  test("goal sub-sections of Goals and Objectives", () => {
    const goals = find(provisions, "sec_4").children.filter((n) => n.kind === "subsection");
    assert.equal(goals.length, 4);
    assert.deepEqual(
      goals.map((n) => [n.id, n.heading]),
      [
        ["sec_4__subsec_1", "Goal: Defeat Terrorists and Their Organizations"],
        ["sec_4__subsec_2", "Goal: Deny Sponsorship, Support, and Sanctuary to Terrorists"],
        ["sec_4__subsec_3", "Goal: Diminish the Underlying Conditions that Terrorists Seek to Exploit"],
        ["sec_4__subsec_4", "Goal: Defend U.S. Citizens and Interests at Home and Abroad"],
      ],
    );
    for (const goal of goals) {
      assert.equal(goal.text, "");
      assert.equal(goal.label, goal.heading);
      assert.ok(goal.children.length > 0);
    }
    assert.equal(goals[2]!.line, 1020); // the heading that spans two lines
    const structure = find(provisions, "sec_2__subsec_1");
    assert.equal(structure.heading, "The Structure of Terror");
  });

  test("run-in objective and bold headings", () => {
    const identify = find(provisions, "sec_4__subsec_1__para_4");
    assert.equal(identify.heading, "Objective: Identify terrorists and terrorist organizations");
    assert.ok(identify.text.startsWith('Objective: Identify terrorists and terrorist organizations. "Know your enemy"'));
    assert.equal(identify.label, "Goal: Defeat Terrorists and Their Organizations ¶4");
    assert.deepEqual(marked(identify, "em")[0], "Objective: Identify terrorists and terrorist organizations");

    const objectives = all(provisions).filter((n) => n.heading?.startsWith("Objective: "));
    assert.equal(objectives.length, 15);
    assert.ok(objectives.every((n) => n.kind === "paragraph" && !/[.:]$/.test(n.heading!)));
    // A run-in heading that wraps onto a second line.
    assert.ok(objectives.some((n) => n.heading === "Objective: Establish and maintain an international standard of accountability with regard to combating terrorism"));

    const willing = all(provisions).find((n) => n.heading === "Working with Willing and Able States");
    assert.ok(willing);
    assert.ok(willing.text.startsWith("Working with Willing and Able States: An essential"));
    assert.deepEqual(marked(willing, "strong"), ["Working with Willing and Able States"]);

    // "_Figure 2_ is representative ..." starts with italics but is no run-in heading.
    const figureRef = all(provisions).find((n) => n.kind === "paragraph" && n.text.startsWith("Figure 2 is representative"));
    assert.ok(figureRef);
    assert.equal(figureRef.heading, null);
    assert.deepEqual(marked(figureRef, "em"), ["Figure 2"]);
  });

  test("italics become em marks and the delimiters disappear", () => {
    const intent = all(find(provisions, "sec_3").children);
    assert.ok(intent.some((n) => marked(n, "em").includes("defeat")));
    for (const node of all(provisions)) {
      assert.doesNotMatch(node.text, /[_+]/, `${node.id} keeps a delimiter`);
      for (const mark of node.marks) assert.ok(mark.from < mark.to && mark.to <= node.text.length, node.id);
    }
  });

  test("epigraphs", () => {
    const epigraph = find(provisions, "sec_1__epigraph_1");
    assert.equal(epigraph.kind, "epigraph");
    assert.equal(provisions[0]!.children[0], epigraph);
    assert.equal(epigraph.label, "Introduction, epigraph");
    assert.equal(epigraph.heading, "PRESIDENT GEORGE W. BUSH, NOVEMBER 6, 2001");
    assert.ok(epigraph.text.startsWith('"No group or nation should mistake America\'s intentions: We will not rest'));
    assert.ok(epigraph.text.endsWith('have been defeated."'));
    assert.deepEqual(epigraph.marks, [{ type: "em", from: 1, to: epigraph.text.length - 1 }]);
    assert.equal(epigraph.line, 88);

    const second = find(provisions, "sec_2__epigraph_1");
    assert.equal(second.heading, "PRESIDENT GEORGE W. BUSH, ADDRESS TO A JOINT SESSION OF CONGRESS AND THE AMERICAN PEOPLE, SEPTEMBER 20, 2001");
    assert.deepEqual(
      all(provisions).filter((n) => n.kind === "epigraph").map((n) => n.id),
      ["sec_1__epigraph_1", "sec_2__epigraph_1", "sec_3__epigraph_1", "sec_4__epigraph_1"],
    );
  });

  test("figures", () => {
    const figures = all(provisions).filter((n) => n.kind === "figure");
    assert.deepEqual(
      figures.map((n) => [n.id, n.text, n.label, n.heading, n.line]),
      [
        ["sec_2__fig_1", "Figure 1: The Structure of Terror", "The Nature of the Terrorist Threat Today, Figure 1", null, 249],
        ["sec_2__subsec_4__fig_1", "Figure 2: Transnational Terrorist Networks", "Interconnected Terrorist Organizations, Figure 2", null, 408],
        ["sec_3__subsec_1__fig_1", "Figure 3: Operationalizing the Strategy", "Victory in the War Against Terror, Figure 3", null, 569],
      ],
    );
    for (const figure of figures) assert.deepEqual(figure.marks, [{ type: "em", from: 0, to: 8 }]);
  });

  test("ids are unique and nesting follows the kinds", () => {
    const ids = all(provisions).map((n) => n.id);
    assert.equal(new Set(ids).size, ids.length);
    const allowed: Record<string, string[]> = {
      section: ["subsection", "paragraph", "epigraph", "figure"],
      subsection: ["paragraph", "figure"],
    };
    for (const node of all(provisions)) {
      for (const child of node.children) {
        assert.ok(allowed[node.kind]?.includes(child.kind), `${child.kind} ${child.id} inside ${node.kind} ${node.id}`);
        assert.ok(child.id.startsWith(`${node.id}__`), child.id);
        assert.ok(child.line > node.line, child.id);
      }
    }
  });

  test("fidelity: the provisions hold every word of the body, in order", () => {
    const lines = source.split("\r\n");
    const from = lines.indexOf("INTRODUCTION", lines.indexOf("INTRODUCTION") + 1);
    const to = lines.findIndex((line) => line.startsWith("End of the Project Gutenberg EBook"));
    assert.ok(from > 0 && to > from);
    const body = lines
      .slice(from, to)
      .map((line) => line.replace("[Illustration:", ""))
      .join("\n");
    const output = all(provisions)
      .map((n) => (n.kind === "section" || n.kind === "subsection" ? n.heading : n.kind === "epigraph" ? `${n.text} ${n.heading}` : n.text))
      .join("\n");
    const expected = words(body);
    const actual = words(output);
    assert.ok(expected.length > 10000, `only ${expected.length} words in the body`);
    assert.equal(actual.length, expected.length);
    assert.deepEqual(actual, expected);
  });

  test("parses quickly", () => {
    parseGutenberg(source);
    const started = performance.now();
    for (let i = 0; i < 10; i++) parseGutenberg(source);
    const each = (performance.now() - started) / 10;
    assert.ok(each < 50, `${each.toFixed(1)} ms per parse`);
  });

  test("missing START marker => CorpusError with a line", () => {
    const broken = source.replace("*** START OF THIS PROJECT GUTENBERG EBOOK", "*** BEGIN");
    assert.throws(
      () => parseGutenberg(broken),
      (error: unknown) => error instanceof CorpusError && error.line === 1 && /START/.test(error.message),
    );
  });
});

/** A small Gutenberg-like document, written for these tests. */
const SAMPLE = [
  "The Project Gutenberg EBook of A Sample Paper", // 1
  "", // 2
  "*** START OF THIS PROJECT GUTENBERG EBOOK SAMPLE PAPER ***", // 3
  "", // 4
  "Produced by Someone", // 5
  "", // 6
  "[Transcriber's note: Underscores mark italics,", // 7
  "plus signs mark bold.]", // 8
  "", // 9
  "A Sample Paper", // 10
  "", // 11
  "FIRST PART", // 12
  "", // 13
  "  _Opening Remarks_", // 14
  "", // 15
  "SECOND PART", // 16
  "", // 17
  "", // 18
  "FIRST PART", // 19
  "", // 20
  '  "_Words are tools;', // 21
  '  use them well._"', // 22
  "", // 23
  "  A SPEAKER", // 24
  "", // 25
  "  AT A DINNER", // 26
  "    IN A BIG HALL", // 27
  "", // 28
  "  MAY 1, 1999", // 29
  "", // 30
  "The first paragraph -- with a dash --", // 31
  "runs over _two_   lines.", // 32
  "", // 33
  "[Illustration: _Figure 7_:", // 34
  "A Chart]", // 35
  "", // 36
  "+_Aim_: Make Things", // 37
  "Better+", // 38
  "", // 39
  "_Step: Do the first thing_. Then more.", // 40
  "", // 41
  "+Bold Lead+: and the rest.", // 42
  "", // 43
  "An _unpaired underscore stays.", // 44
  "", // 45
  "SECOND PART", // 46
  "", // 47
  "_Only italics here._", // 48
  "", // 49
  "End of the Project Gutenberg EBook of A Sample Paper", // 50
  "", // 51
  "*** END OF THIS PROJECT GUTENBERG EBOOK SAMPLE PAPER ***", // 52
  "licence text", // 53
].join("\r\n");

describe("parseGutenberg on synthetic text", () => {
  const result = parseGutenberg(SAMPLE);
  const nodes = all(result.provisions);

  test("structure, ids, labels and original line numbers", () => {
    assert.deepEqual(
      nodes.map((n) => [n.id, n.kind, n.line]),
      [
        ["sec_1", "section", 19],
        ["sec_1__epigraph_1", "epigraph", 21],
        ["sec_1__para_1", "paragraph", 31],
        ["sec_1__fig_1", "figure", 34],
        ["sec_1__subsec_1", "subsection", 37],
        ["sec_1__subsec_1__para_1", "paragraph", 40],
        ["sec_1__subsec_1__para_2", "paragraph", 42],
        ["sec_1__subsec_1__para_3", "paragraph", 44],
        ["sec_2", "section", 46],
        ["sec_2__para_1", "paragraph", 48],
      ],
    );
    assert.equal(find(result.provisions, "sec_1").label, "First Part");
    assert.equal(find(result.provisions, "sec_1__subsec_1").heading, "Aim: Make Things Better");
    assert.equal(find(result.provisions, "sec_1__subsec_1__para_2").label, "Aim: Make Things Better ¶2");
  });

  test("paragraph text keeps the source characters, joins lines and parses marks", () => {
    const para = find(result.provisions, "sec_1__para_1");
    assert.equal(para.text, "The first paragraph -- with a dash -- runs over two   lines.");
    assert.deepEqual(marked(para, "em"), ["two"]);
    assert.equal(para.label, "First Part ¶1");
  });

  test("epigraph with a wrapped attribution line", () => {
    const epigraph = find(result.provisions, "sec_1__epigraph_1");
    assert.equal(epigraph.text, '"Words are tools; use them well."');
    assert.equal(epigraph.heading, "A SPEAKER, AT A DINNER IN A BIG HALL, MAY 1, 1999");
    assert.deepEqual(marked(epigraph, "em"), ["Words are tools; use them well."]);
  });

  test("figure spanning lines", () => {
    const figure = find(result.provisions, "sec_1__fig_1");
    assert.equal(figure.text, "Figure 7: A Chart");
    assert.equal(figure.label, "First Part, Figure 7");
    assert.deepEqual(marked(figure, "em"), ["Figure 7"]);
  });

  test("run-in headings, and none for an all-italic paragraph", () => {
    assert.equal(find(result.provisions, "sec_1__subsec_1__para_1").heading, "Step: Do the first thing");
    assert.equal(find(result.provisions, "sec_1__subsec_1__para_2").heading, "Bold Lead");
    assert.equal(find(result.provisions, "sec_2__para_1").heading, null);
    assert.equal(find(result.provisions, "sec_2__para_1").text, "Only italics here.");
  });

  test("unpaired delimiters stay as text and are reported", () => {
    assert.equal(find(result.provisions, "sec_1__subsec_1__para_3").text, "An _unpaired underscore stays.");
    assert.deepEqual(result.warnings, [{ line: 44, message: "unpaired '_' kept as text" }]);
  });

  test("front matter and trailing Gutenberg lines are dropped", () => {
    for (const node of nodes) assert.doesNotMatch(`${node.text} ${node.heading}`, /Gutenberg|Transcriber|Produced|Sample Paper|Opening Remarks|licence/);
  });

  test("without a table of contents the body starts at the first heading", () => {
    const text = ["*** START OF THIS PROJECT GUTENBERG EBOOK X ***", "", "Title Line", "", "ONLY PART", "", "Text.", "", "ONLY PART", "", "Again.", "*** END OF THIS PROJECT GUTENBERG EBOOK X ***"].join("\n");
    const parsed = parseGutenberg(text);
    assert.deepEqual(
      all(parsed.provisions).map((n) => [n.id, n.text || n.heading, n.line]),
      [
        ["sec_1", "ONLY PART", 5],
        ["sec_1__para_1", "Text.", 7],
        ["sec_2", "ONLY PART", 9],
        ["sec_2__para_1", "Again.", 11],
      ],
    );
  });

  test("odd indented text is kept as a paragraph with a warning", () => {
    const text = ["*** START OF THIS PROJECT GUTENBERG EBOOK X ***", "PART", "", "Text.", "", "  indented aside", "*** END OF THIS PROJECT GUTENBERG EBOOK X ***"].join("\n");
    const parsed = parseGutenberg(text);
    assert.equal(find(parsed.provisions, "sec_1__para_2").text, "indented aside");
    assert.deepEqual(parsed.warnings.map((w) => w.line), [6]);
  });

  test("marker errors carry a line", () => {
    assert.throws(() => parseGutenberg("no markers\nat all"), (e: unknown) => e instanceof CorpusError && e.line === 1);
    assert.throws(
      () => parseGutenberg("x\n*** START OF THIS PROJECT GUTENBERG EBOOK X ***\nPART\n\nText.\n"),
      (e: unknown) => e instanceof CorpusError && e.line === 6 && /END/.test(e.message) && /line 2/.test(e.message),
    );
    assert.throws(
      () => parseGutenberg("*** START OF THIS PROJECT GUTENBERG EBOOK X ***\n\nno headings here\n*** END OF THIS PROJECT GUTENBERG EBOOK X ***"),
      (e: unknown) => e instanceof CorpusError && e.line === 2,
    );
  });

  test("isGutenberg", () => {
    assert.equal(isGutenberg(SAMPLE), true);
    assert.equal(isGutenberg("# Article 1\n\nText"), false);
  });

  test("titleCase", () => {
    assert.equal(titleCase("THE NATURE OF THE TERRORIST THREAT TODAY"), "The Nature of the Terrorist Threat Today");
    assert.equal(titleCase("GOALS AND OBJECTIVES"), "Goals and Objectives");
    assert.equal(titleCase("A WORLD-WIDE FIGHT FOR THE U.S."), "A World-Wide Fight for the U.S.");
  });
});
