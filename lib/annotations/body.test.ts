import assert from "node:assert/strict";
import { describe, test } from "node:test";
import MarkdownIt from "markdown-it";
import { emptyBody } from "../prosemirror/comment-schema";
import { BodyError, BodyTooLargeError, MAX_BODY_BYTES, MAX_BODY_DEPTH, bodyToMarkdown, bodyToPlainText, escapeMarkdown, validateBody } from "./body";
import type { BodyJson } from "./types";

type Json = Record<string, unknown>;

const text = (value: string, ...marks: Json[]): Json => ({ type: "text", text: value, ...(marks.length ? { marks } : {}) });
const para = (...content: Json[]): Json => ({ type: "paragraph", ...(content.length ? { content } : {}) });
const doc = (...content: Json[]): BodyJson => ({ type: "doc", content });
const quote = (...content: Json[]): Json => ({ type: "blockquote", content });
const list = (...items: Json[][]): Json => ({ type: "bullet_list", content: items.map((content) => ({ type: "list_item", content })) });
const cite = (attrs: Json): Json => ({ type: "citation", attrs });
const link = (href: unknown, title: unknown = null): Json => ({ type: "link", attrs: { href, title } });
const strong: Json = { type: "strong" };
const em: Json = { type: "em" };

/** Run validateBody expecting a BodyError; return it for further checks. */
function rejects(json: unknown, field: string | RegExp, message?: RegExp): BodyError {
  let caught: unknown;
  try {
    validateBody(json);
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof BodyError, `expected a BodyError, got ${String(caught)}`);
  if (typeof field === "string") assert.equal(caught.field, field, caught.message);
  else assert.match(caught.field, field, caught.message);
  if (message) assert.match(caught.message, message);
  return caught;
}

const rich = doc(
  para(text("The "), text("core", strong), text(" of "), text("Article 2", em, strong), text(" is "), text("here", link("https://example.org/un?a=1", "UN")), text(": "), cite({ document: "un-charter", edition: "en-1945", provision: "art_2__para_4", label: "Art. 2(4)" })),
  para(text("line one"), { type: "hard_break" }, text("line two")),
  quote(para(text("All Members shall refrain")), para(text("from the threat"))),
  list([para(text("first"))], [para(text("second")), list([para(text("nested"))])], [para(text("third")), para(text("more"))]),
  para(cite({ document: "shanghai-convention-2001", provision: "art_1", label: "Article 1" })),
);

describe("validateBody", () => {
  test("accepts every kind of content and returns its plain text", () => {
    const { doc: node, text: plain } = validateBody(rich);
    assert.equal(node.type.name, "doc");
    assert.equal(node.childCount, 5);
    assert.equal(
      plain,
      [
        "The core of Article 2 is here: Art. 2(4)",
        "line one\nline two",
        "All Members shall refrain",
        "from the threat",
        "- first\n- second\n  - nested\n- third\n\n  more",
        "Article 1",
      ].join("\n\n"),
    );
    assert.equal(plain, bodyToPlainText(rich));
  });

  test("accepts what ProseMirror itself writes, with every attribute spelled out", () => {
    const { doc: node } = validateBody(rich);
    const again = validateBody(node.toJSON() as unknown);
    assert.deepEqual(again.doc.toJSON(), node.toJSON());
    assert.equal(again.doc.firstChild!.lastChild!.attrs.edition, "en-1945");
  });

  test("text that looks like HTML is only text and round-trips literally", () => {
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)> &#106;avascript: & < >';
    const { doc: node, text: plain } = validateBody(doc(para(text(hostile))));
    assert.equal(plain, hostile);
    assert.equal(node.textContent, hostile);
    assert.deepEqual(node.toJSON(), doc(para(text(hostile))));
  });

  test("unicode survives", () => {
    const words = "«Терроризм» означает: “any act” — 恐怖主义 🕊️";
    assert.equal(validateBody(doc(para(text(words)))).text, words);
  });

  describe("refuses links that are not absolute http(s) addresses", () => {
    const hrefs = [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "JavaScript:alert(document.cookie)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "\u0001javascript:alert(1)",
      " javascript:alert(1)",
      "&#106;avascript:alert(1)",
      "&#x6A;avascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "/documents/un-charter",
      "../relative",
      "//evil.example.org/",
      "https:evil.example.org",
      "https://",
      "",
      "https://exa\u2028mple.org/",
    ];
    for (const href of hrefs) {
      test(JSON.stringify(href), () => {
        rejects(doc(para(text("click", link(href)))), "body.content[0].content[0].marks[0].attrs.href", /http:\/\/ or https:\/\//);
      });
    }
    test("a link without an address, or with one that is not text", () => {
      rejects(doc(para(text("x", { type: "link" }))), "body.content[0].content[0].marks[0].attrs", /needs its href/);
      rejects(doc(para(text("x", link({ toString: "https://x.org" })))), /attrs\.href$/);
      rejects(doc(para(text("x", link(["https://example.org"])))), /attrs\.href$/);
    });
  });

  test("refuses unknown node types and marks", () => {
    rejects(doc(para(text("x")), { type: "script", content: [text("alert(1)")] }), "body.content[1].type", /unknown kind of content "script"/);
    rejects(doc({ type: "heading", attrs: { level: 1 }, content: [text("x")] }), "body.content[0].type", /unknown/);
    rejects(doc(para(text("x", { type: "underline" }))), "body.content[0].content[0].marks[0].type", /unknown kind of formatting "underline"/);
    rejects(doc(para(text("x", { type: "code" }))), /marks\[0\]\.type$/);
    rejects(doc(para({ text: "no type" })), "body.content[0].content[0].type", /no type/);
    rejects(doc(para({ type: 7 })), "body.content[0].content[0].type");
  });

  test("refuses unknown attributes and properties rather than dropping them", () => {
    rejects(doc({ type: "paragraph", attrs: { align: "center" }, content: [text("x")] }), "body.content[0].attrs.align", /a paragraph has no attribute "align"/);
    const long = "k".repeat(50);
    rejects(doc({ type: "paragraph", attrs: { [long]: 1 }, content: [text("x")] }), `body.content[0].attrs.${"k".repeat(40)}…`, new RegExp(`no attribute "${"k".repeat(40)}…"`));
    rejects(doc(para(cite({ document: "un", provision: "art_1", label: "A", onclick: "alert(1)" }))), "body.content[0].content[0].attrs.onclick");
    rejects(doc(para(text("x", { type: "strong", attrs: { style: "x" } }))), "body.content[0].content[0].marks[0].attrs.style");
    rejects(doc(para(text("x", link("https://example.org", null), { type: "em" }), { type: "text", text: "y", style: "color:red" })), "body.content[0].content[1].style", /no property "style"/);
    rejects({ type: "doc", content: [para(text("x"))], version: 2 }, "body.version");
  });

  test("prototype keys are refused and pollute nothing", () => {
    const payloads = [
      '{"type":"doc","__proto__":{"polluted":"yes"},"content":[{"type":"paragraph","content":[{"type":"text","text":"x"}]}]}',
      '{"type":"doc","content":[{"type":"paragraph","attrs":{"__proto__":{"polluted":"yes"}},"content":[{"type":"text","text":"x"}]}]}',
      '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"citation","attrs":{"document":"un","provision":"art_1","label":"A","constructor":{"prototype":{"polluted":"yes"}}}}]}]}',
      '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"x","marks":[{"type":"strong","__proto__":{"polluted":"yes"}}]}]}]}',
      '{"type":"doc","content":[{"type":"constructor"}]}',
      '{"type":"doc","content":[{"type":"__proto__"}]}',
      '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"x","marks":[{"type":"toString"}]}]}]}',
      '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"citation","attrs":{"document":"un","provision":"art_1","label":"A","hasOwnProperty":1}}]}]}',
    ];
    for (const payload of payloads) {
      const json: unknown = JSON.parse(payload);
      assert.throws(() => validateBody(json), BodyError, payload);
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted"), false);
    // An object whose prototype was swapped is not plain JSON data.
    rejects(Object.assign(Object.create({ evil: true }) as object, doc(para(text("x")))), "body", /JSON object/);
    rejects(doc(Object.assign(Object.create({ evil: true }) as object, para(text("x"))) as Json), "body.content[0]");
  });

  test("refuses what is not a JSON object", () => {
    for (const value of ["a string", '{"type":"doc"}', ["doc"], null, undefined, 42, true, new Date(), new Map()]) {
      rejects(value, "body", /JSON object/);
    }
    rejects({ type: "paragraph", content: [text("x")] }, "body.type", /document/);
    rejects({ content: [para(text("x"))] }, "body.type");
  });

  test("a body over MAX_BODY_BYTES is too large (413), counted in UTF-8 bytes", () => {
    const big = doc(para(text("x".repeat(100 * 1024))));
    const error = rejects(big, "body", /too long/);
    assert.ok(error instanceof BodyTooLargeError);
    assert.ok(error.bytes > MAX_BODY_BYTES);
    // 40,000 Cyrillic letters: fewer characters than the limit, but twice as many bytes.
    assert.ok(rejects(doc(para(text("ж".repeat(40_000)))), "body") instanceof BodyTooLargeError);
    // Just under the limit passes.
    const overhead = JSON.stringify(doc(para(text("")))).length;
    assert.equal(validateBody(doc(para(text("y".repeat(MAX_BODY_BYTES - overhead))))).text.length, MAX_BODY_BYTES - overhead);
    assert.ok(rejects(doc(para(text("y".repeat(MAX_BODY_BYTES - overhead + 1)))), "body") instanceof BodyTooLargeError);
  });

  test("a body that is not plain data (cycles, BigInt) is refused, not crashed on", () => {
    const cyclic: Json = { type: "doc", content: [] };
    (cyclic.content as unknown[]).push(cyclic);
    rejects(cyclic, "body", /plain JSON data/);
    rejects({ type: "doc", content: [para(text("x"))], n: 1n }, "body", /plain JSON data/);
  });

  test(`nesting is limited to ${MAX_BODY_DEPTH} levels`, () => {
    const nested = (levels: number): BodyJson => {
      let node: Json = para(text("deep"));
      for (let i = 0; i < levels; i++) node = quote(node);
      return doc(node);
    };
    // doc (0) > 18 quotations (1-18) > paragraph (19) > text (20): the deepest allowed.
    assert.equal(validateBody(nested(MAX_BODY_DEPTH - 2)).text, "deep");
    rejects(nested(MAX_BODY_DEPTH - 1), /^body(\.content\[0\])+$/, /nested too deeply/);
    // A thousand levels still fit in 64 KB; they are refused without recursing through them all.
    rejects(nested(1000), /^body(\.content\[0\]){21}$/, /nested too deeply/);
    // So deep that JSON.stringify runs out of stack: still a clear refusal, not a crash.
    rejects(nested(200_000), "body", /nested too deeply/);
  });

  test("refuses huge attributes", () => {
    rejects(doc(para(cite({ document: "un", provision: "art_1", label: "L".repeat(201) }))), "body.content[0].content[0].attrs.label", /1 to 200 characters/);
    assert.equal(validateBody(doc(para(cite({ document: "un", provision: "art_1", label: "L".repeat(200) })))).text.length, 200);
    rejects(doc(para(cite({ document: "d".repeat(101), provision: "art_1", label: "A" }))), /attrs\.document$/);
    rejects(doc(para(text("x", link(`https://example.org/${"a".repeat(5000)}`)))), /attrs\.href$/);
    rejects(doc(para(text("x", link("https://example.org", "t".repeat(501))))), /attrs\.title$/, /at most 500/);
  });

  test("refuses attributes of the wrong type or shape", () => {
    const at = "body.content[0].content[0].attrs";
    rejects(doc(para(cite({ document: "un", provision: 12, label: "A" }))), `${at}.provision`, /provision must be an id such as art_1/);
    rejects(doc(para(cite({ document: "un", provision: "art 1", label: "A" }))), `${at}.provision`);
    rejects(doc(para(cite({ document: "UN-Charter", provision: "art_1", label: "A" }))), `${at}.document`, /document must be an id/);
    rejects(doc(para(cite({ document: "-un", provision: "art_1", label: "A" }))), `${at}.document`);
    rejects(doc(para(cite({ document: "un", edition: 1945, provision: "art_1", label: "A" }))), `${at}.edition`, /edition/);
    rejects(doc(para(cite({ document: "un", provision: "art_1", label: "" }))), `${at}.label`);
    rejects(doc(para(cite({ document: "un", provision: "art_1", label: ["A"] }))), `${at}.label`);
    rejects(doc(para(cite({ document: "un", provision: "art_1" }))), `${at}.label`, /needs its label/);
    rejects(doc(para({ type: "citation" })), at, /needs its document, provision, label/);
    rejects(doc(para({ type: "citation", attrs: "un:art_1" })), at, /must be an object/);
    rejects(doc(para(text("x", link("https://example.org", 5)))), /attrs\.title$/);
  });

  test("an empty comment is an error: write something", () => {
    rejects(emptyBody(), "body", /write something/);
    rejects(doc(para(text("   \n\t "))), "body", /write something/);
    rejects(doc(para({ type: "hard_break" }), quote(para())), "body", /write something/);
    rejects({ type: "doc", content: [] }, "body", /write something/);
    rejects({ type: "doc" }, "body", /write something/);
    assert.equal(validateBody(emptyBody(), { allowEmpty: true }).text, "");
  });

  test("refuses content in the wrong place, with its place", () => {
    rejects(doc(text("bare text")), "body.content[0]", /text cannot go here; the comment holds paragraphs, quotations and lists/);
    rejects(doc(para(para(text("x")))), "body.content[0].content[0]", /a paragraph cannot go here/);
    rejects(doc({ type: "list_item", content: [para(text("x"))] }), "body.content[0]", /a list item cannot go here/);
    rejects(doc({ type: "bullet_list", content: [] }), "body.content[0]", /a list is empty; it must hold list items/);
    rejects(doc({ type: "bullet_list", content: [{ type: "list_item", content: [list([para(text("x"))])] }] }), "body.content[0].content[0].content[0]", /a list cannot go here/);
    rejects(doc(quote()), "body.content[0]", /a quotation is empty/);
    rejects(doc(para(text("x")), { type: "doc", content: [para(text("y"))] }), "body.content[1]", /the comment cannot go here/);
    rejects(doc(para({ type: "hard_break", content: [text("x")] })), "body.content[0].content[0].content", /cannot hold content/);
    rejects(doc(para(text(""))), "body.content[0].content[0].text", /non-empty text/);
    rejects(doc(para({ type: "text", text: 5 })), "body.content[0].content[0].text");
    rejects(doc({ type: "paragraph", text: "x" }), "body.content[0].text", /cannot have text of its own/);
    rejects(doc({ type: "paragraph", content: "x" }), "body.content[0].content", /list of nodes/);
    rejects(doc({ type: "paragraph", marks: [strong], content: [text("x")] }), "body.content[0].marks", /only text can/);
    rejects(doc(para(text("x", strong, strong))), "body.content[0].content[0].marks[1]", /only once/);
    rejects(doc(para(text("x", link("https://a.org"), link("https://b.org")))), "body.content[0].content[0].marks[1]");
    rejects(doc(para(text("x", "strong" as unknown as Json))), "body.content[0].content[0].marks[0]");
    rejects(doc(para({ type: "text", text: "x", marks: "strong" })), "body.content[0].content[0].marks");
  });
});

describe("bodyToMarkdown", () => {
  test("writes marks, links, lists, quotations and citations", () => {
    assert.equal(
      bodyToMarkdown(rich),
      [
        "The **core** of ***Article 2*** is [here](https://example.org/un?a=1 \"UN\"): [Art. 2(4)](/documents/un-charter/editions/en-1945#art_2__para_4)",
        "line one\\\nline two",
        "> All Members shall refrain\n>\n> from the threat",
        "- first\n- second\n  - nested\n- third\n\n  more",
        "[Article 1](/documents/shanghai-convention-2001#art_1)",
      ].join("\n\n"),
    );
  });

  test("renders back to the same text and structure", () => {
    const html = new MarkdownIt().render(bodyToMarkdown(rich));
    assert.match(html, /<strong>core<\/strong>/);
    assert.match(html, /<em><strong>Article 2<\/strong><\/em>|<strong><em>Article 2<\/em><\/strong>/);
    assert.match(html, /<a href="https:\/\/example.org\/un\?a=1" title="UN">here<\/a>/);
    assert.match(html, /<a href="\/documents\/un-charter\/editions\/en-1945#art_2__para_4">Art. 2\(4\)<\/a>/);
    assert.match(html, /<blockquote>\s*<p>All Members shall refrain<\/p>\s*<p>from the threat<\/p>\s*<\/blockquote>/);
    assert.match(html, /<li>\s*(<p>)?second(<\/p>)?\s*<ul>\s*<li>nested<\/li>/);
  });

  test("escapes text that would otherwise be Markdown", () => {
    const tricky = doc(para(text("# not a heading, *not em*, _nor_ [a](link) <b>raw</b> art_1 `code` \\")), para(text("- not a list")), para(text("1. not numbered")), para(text("> not a quote")));
    const markdown = bodyToMarkdown(tricky);
    assert.equal(markdown, "\\# not a heading, \\*not em\\*, \\_nor\\_ \\[a\\](link) \\<b>raw\\</b> art\\_1 \\`code\\` \\\\\n\n\\- not a list\n\n1\\. not numbered\n\n\\> not a quote");
    const html = new MarkdownIt().render(markdown);
    assert.equal(html, "<p># not a heading, *not em*, _nor_ [a](link) &lt;b&gt;raw&lt;/b&gt; art_1 `code` \\</p>\n<p>- not a list</p>\n<p>1. not numbered</p>\n<p>&gt; not a quote</p>\n");
    assert.equal(escapeMarkdown("a - b", true), "a - b");
  });

  test("keeps whitespace outside of marks and parentheses out of link addresses", () => {
    assert.equal(bodyToMarkdown(doc(para(text("a"), text(" bold ", strong), text("b")))), "a **bold** b");
    assert.equal(bodyToMarkdown(doc(para(text("see "), text("Wiki (law)", link("https://en.wikipedia.org/wiki/Law_(x)"))))), "see [Wiki (law)](https://en.wikipedia.org/wiki/Law_%28x%29)");
    assert.equal(bodyToMarkdown(doc(para(text("a"), text(" ", em), text("b")))), "a b");
    assert.equal(bodyToMarkdown(doc(para(text("bold ", strong), text("both", strong, em), text(" plain")))), "**bold *both*** plain");
  });

  test("a citation inside a link shows its label only (no link in a link)", () => {
    const linked = doc(para({ type: "citation", attrs: { document: "un", provision: "art_1", label: "Art. 1" }, marks: [link("https://example.org")] }));
    assert.equal(bodyToMarkdown(linked), "[Art. 1](https://example.org)");
  });
});
