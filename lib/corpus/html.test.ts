import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { htmlToBlocks } from "./html";
import type { SourceBlock } from "./types";

/** The blocks as [type, level, text, line] rows, for compact comparison. */
function rows(blocks: readonly SourceBlock[]): [string, number, string, number][] {
  return blocks.map((b) => [b.type, b.level, b.rich.text, b.line]);
}

function marked(block: SourceBlock, type: "em" | "strong"): string[] {
  return block.rich.marks.filter((m) => m.type === type).map((m) => block.rich.text.slice(m.from, m.to));
}

const SAMPLE = `<!DOCTYPE html>
<html lang="en">
<head>
  <title>Sample Convention</title>
  <style>p { color: red }</style>
</head>
<body>
  <header><p>Site banner</p></header>
  <nav><ul><li>Home</li><li>About</li></ul></nav>
  <h1>Sample   Convention</h1>
  <h2>Article 1</h2>
  <p>1. For the purposes of this sample
     Convention, the term &ldquo;sample&rdquo; means
     anything &amp; everything.</p>
  <script>document.write("<p>not text</p>")</script>
  <ol>
    <li>first item
      <ol>
        <li>nested <em>item</em></li>
      </ol>
    </li>
    <li>second<br>item</li>
  </ol>
  <blockquote><p>A quoted paragraph.</p></blockquote>
  <div>Direct <strong>div</strong> text</div>
  <dl><dt>Term</dt><dd>Its description</dd></dl>
  <p>   </p>
  <footer>Page footer</footer>
</body>
</html>`;

describe("htmlToBlocks", () => {
  const blocks = htmlToBlocks(SAMPLE);

  test("blocks in document order with levels and source lines", () => {
    assert.deepEqual(rows(blocks), [
      ["heading", 1, "Sample Convention", 10],
      ["heading", 2, "Article 1", 11],
      ["text", 0, "1. For the purposes of this sample Convention, the term \u201csample\u201d means anything & everything.", 12],
      ["text", 1, "first item", 17],
      ["text", 2, "nested item", 19],
      ["text", 1, "second item", 22],
      ["text", 0, "A quoted paragraph.", 24],
      ["text", 0, "Direct div text", 25],
      ["text", 0, "Term", 26],
      ["text", 0, "Its description", 26],
    ]);
  });

  test("skipped elements leave no text", () => {
    const all = blocks.map((b) => b.rich.text).join(" ");
    for (const gone of ["Site banner", "Home", "not text", "Page footer", "color", "Sample Convention</title>"]) {
      assert.ok(!all.includes(gone), gone);
    }
  });

  test("inline marks", () => {
    assert.deepEqual(marked(blocks[4]!, "em"), ["item"]);
    assert.deepEqual(marked(blocks[7]!, "strong"), ["div"]);
    assert.deepEqual(blocks[2]!.rich.marks, []);
  });

  test("marks from i/b, nesting, and whitespace at mark edges", () => {
    const [block] = htmlToBlocks("<p>See <i>this</i> and <b> that <em>too</em> </b>, <em>one two</em><em>three</em>.</p>");
    assert.ok(block);
    assert.equal(block.rich.text, "See this and that too , one twothree.");
    assert.deepEqual(block.rich.marks, [
      { type: "em", from: 4, to: 8 },
      { type: "strong", from: 13, to: 21 },
      { type: "em", from: 18, to: 21 },
      { type: "em", from: 24, to: 36 },
    ]);
  });

  test("ordered lists add no numbers; list item text keeps its own numbering", () => {
    const parsed = htmlToBlocks("<ol><li>(a) first</li><li>(b) second</li></ol><ul><li><p>in a paragraph</p></li></ul>");
    assert.deepEqual(rows(parsed), [
      ["text", 1, "(a) first", 1],
      ["text", 1, "(b) second", 1],
      ["text", 1, "in a paragraph", 1],
    ]);
  });

  test("text around a nested block becomes separate blocks", () => {
    const parsed = htmlToBlocks("<div>\n  before\n  <p>inside</p>\n  after\n</div>");
    assert.deepEqual(rows(parsed), [
      ["text", 0, "before", 1],
      ["text", 0, "inside", 3],
      ["text", 0, "after", 4],
    ]);
  });

  test("a fragment without html/body still works; non-breaking spaces are kept", () => {
    const parsed = htmlToBlocks("<h3>Article&nbsp;2</h3>\n<p>Text</p>");
    assert.deepEqual(rows(parsed), [
      ["heading", 3, "Article\u00a02", 1],
      ["text", 0, "Text", 2],
    ]);
  });

  test("empty input gives no blocks", () => {
    assert.deepEqual(htmlToBlocks(""), []);
    assert.deepEqual(htmlToBlocks("<p> <br> </p><div></div>"), []);
  });
});
