import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Node as PMNode } from "prosemirror-model";
import { loadEdition } from "../align/test-corpus";
import { flattenTree } from "../align/types";
import { diffTexts } from "../diff";
import { markdownToBlocks } from "../corpus/blocks";
import { parseTreatyBlocks } from "../corpus/treaty-parser";
import { diffMarks, offsetMapper, redlineText } from "./diff-ranges";
import { provisionsToDoc } from "./treaty-schema";

const convention = loadEdition("shanghai-convention-2001", "en-meher");
const tree = parseTreatyBlocks(
  markdownToBlocks("# Article 1\n\n1. For the purposes, the terms:\n\n- 1) “Terrorism” means:\n  - a) Any act recognised;\n  - b) Other act intended to cause death;\n"),
).provisions;

/** The text of a document as the diff sees it: its text blocks joined with "\n" (what offsetMapper maps from). */
function docText(doc: PMNode): string {
  const parts: string[] = [];
  doc.descendants((node) => {
    if (node.isTextblock) {
      parts.push(node.textContent);
      return false;
    }
    return true;
  });
  return parts.join("\n");
}

describe("diff ranges in a ProseMirror document", () => {
  test("the document's text is the aligner's fullText of the same subtree", () => {
    const doc = provisionsToDoc(tree);
    assert.equal(docText(doc), flattenTree(tree)[0]!.fullText);
    const real = convention.provisions.find((p) => p.id === "art_1")!;
    assert.ok(real.fullText.includes("\n"), "a subtree's text joins its provisions with newlines");
  });

  test("offsets map to the positions that hold the same characters", () => {
    const doc = provisionsToDoc(tree);
    const text = docText(doc);
    const toPos = offsetMapper(doc);
    for (const word of ["For the purposes", "“Terrorism” means:", "Any act recognised;", "cause death;"]) {
      const from = text.indexOf(word);
      assert.ok(from >= 0);
      assert.equal(doc.textBetween(toPos(from), toPos(from + word.length)), word);
    }
  });

  test("each side's marks cover exactly its changed text", () => {
    const doc = provisionsToDoc(tree);
    const left = docText(doc);
    const right = left.replace("Any act recognised", "Any act that is recognised").replace("cause death", "cause serious harm");
    const rightTree = parseTreatyBlocks(
      markdownToBlocks("# Article 1\n\n1. For the purposes, the terms:\n\n- 1) “Terrorism” means:\n  - a) Any act that is recognised;\n  - b) Other act intended to cause serious harm;\n"),
    ).provisions;
    const rightDoc = provisionsToDoc(rightTree);
    assert.equal(docText(rightDoc), right);
    const { segments } = diffTexts(left, right);
    const deleted = diffMarks(doc, segments, "left").map((m) => doc.textBetween(m.from, m.to));
    const inserted = diffMarks(rightDoc, segments, "right").map((m) => rightDoc.textBetween(m.from, m.to));
    assert.deepEqual(deleted.map((t) => t.trim()), segments.filter((s) => s.op === "delete").map((s) => s.text.trim()));
    assert.deepEqual(inserted.map((t) => t.trim()), segments.filter((s) => s.op === "insert").map((s) => s.text.trim()));
    assert.ok(inserted.join(" ").includes("that is"));
    assert.ok(deleted.join(" ").includes("death"));
  });

  test("a redline holds both texts' changes in order", () => {
    const { text, marks } = redlineText(diffTexts("robbing and wreaking", "robbing, and wreaking").segments);
    assert.equal(text, "robbing, and wreaking");
    assert.deepEqual(marks.map((m) => [m.op, text.slice(m.from, m.to)]), [["insert", ","]]);
  });
});
