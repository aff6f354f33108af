import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Node as PMNode, type DOMOutputSpec, type TagParseRule } from "prosemirror-model";
import { attrProblem, citationHref, commentSchema, emptyBody, isSafeHref } from "./comment-schema";

const schema = commentSchema;

/** A stand-in for the few Element members the parse rules read (tests run without a DOM). */
function fakeElement(attributes: Record<string, string>, textContent = "", fontWeight = ""): HTMLElement {
  return {
    getAttribute: (name: string) => (Object.hasOwn(attributes, name) ? attributes[name]! : null),
    textContent,
    style: { fontWeight },
  } as unknown as HTMLElement;
}

function tagRule(spec: { parseDOM?: readonly unknown[] }, tag: string): TagParseRule {
  const rule = (spec.parseDOM as TagParseRule[] | undefined)?.find((r) => r.tag === tag);
  assert.ok(rule, `a parse rule for ${tag}`);
  return rule;
}

describe("comment schema", () => {
  test("holds paragraphs, quotations, lists, line breaks and citations", () => {
    const doc = schema.node("doc", null, [
      schema.node("paragraph", null, [schema.text("See "), schema.node("citation", { document: "un-charter", edition: null, provision: "art_2", label: "Article 2" }), schema.node("hard_break")]),
      schema.node("blockquote", null, [schema.node("paragraph", null, [schema.text("quoted", [schema.marks.em!.create()])])]),
      schema.node("bullet_list", null, [schema.node("list_item", null, [schema.node("paragraph", null, [schema.text("item", [schema.marks.strong!.create()])])])]),
    ]);
    doc.check();
    assert.equal(doc.textContent, "See Article 2\nquoteditem");
    assert.deepEqual(PMNode.fromJSON(schema, doc.toJSON()).toJSON(), doc.toJSON());
  });

  test("a list item starts with a paragraph, a document is never empty", () => {
    assert.throws(() => schema.node("list_item", null, [schema.node("bullet_list", null, [])]).check(), RangeError);
    assert.throws(() => schema.node("doc", null, []).check(), RangeError);
    assert.throws(() => schema.node("doc", null, [schema.text("bare")]).check(), RangeError);
  });

  test("every toDOM returns an array spec, never a DOM node", () => {
    const spec = (node: PMNode): DOMOutputSpec => node.type.spec.toDOM!(node);
    assert.deepEqual(spec(schema.node("paragraph")), ["p", 0]);
    assert.deepEqual(spec(schema.node("blockquote", null, [schema.node("paragraph")])), ["blockquote", 0]);
    assert.deepEqual(spec(schema.node("bullet_list", null, [schema.node("list_item", null, [schema.node("paragraph")])])), ["ul", 0]);
    assert.deepEqual(spec(schema.node("list_item", null, [schema.node("paragraph")])), ["li", 0]);
    assert.deepEqual(spec(schema.node("hard_break")), ["br"]);
    const em = schema.marks.em!.create();
    const strong = schema.marks.strong!.create();
    assert.deepEqual(em.type.spec.toDOM!(em, true), ["em", 0]);
    assert.deepEqual(strong.type.spec.toDOM!(strong, true), ["strong", 0]);
  });

  test("a citation renders as a link into the reader", () => {
    const withEdition = schema.node("citation", { document: "shanghai-convention-2001", edition: "en-meher", provision: "art_1", label: "Article 1" });
    assert.deepEqual(withEdition.type.spec.toDOM!(withEdition), [
      "a",
      { class: "citation", href: "/documents/shanghai-convention-2001/editions/en-meher#art_1", "data-document": "shanghai-convention-2001", "data-edition": "en-meher", "data-provision": "art_1" },
      "Article 1",
    ]);
    const withoutEdition = schema.node("citation", { document: "un-charter", provision: "art_2", label: "Art. 2" });
    assert.equal(withoutEdition.attrs.edition, null);
    assert.deepEqual(withoutEdition.type.spec.toDOM!(withoutEdition), ["a", { class: "citation", href: "/documents/un-charter#art_2", "data-document": "un-charter", "data-provision": "art_2" }, "Art. 2"]);
    assert.equal(citationHref({ document: "a", edition: "b", provision: "c" }), "/documents/a/editions/b#c");
  });

  test("a link renders with rel noopener noreferrer nofollow, and its title only when set", () => {
    const plain = schema.marks.link!.create({ href: "https://example.org/x" });
    assert.deepEqual(plain.type.spec.toDOM!(plain, true), ["a", { href: "https://example.org/x", rel: "noopener noreferrer nofollow" }, 0]);
    const titled = schema.marks.link!.create({ href: "http://example.org", title: "Example" });
    assert.deepEqual(titled.type.spec.toDOM!(titled, true), ["a", { href: "http://example.org", title: "Example", rel: "noopener noreferrer nofollow" }, 0]);
  });

  test("the schema refuses unsafe links and malformed citations however they are made", () => {
    assert.throws(() => schema.marks.link!.create({ href: "javascript:alert(1)" }), /http:\/\/ or https:\/\//);
    assert.throws(() => PMNode.fromJSON(schema, { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "data:text/html,hi" } }] }] }] }), RangeError);
    assert.throws(() => schema.node("citation", { document: "UN Charter", provision: "art_2", label: "x" }), /document must be an id/);
    assert.throws(() => schema.node("citation", { document: "un", provision: 2, label: "x" }), /provision must be an id/);
    assert.throws(() => schema.node("citation", { document: "un", provision: "art_2", label: " " }), /label/);
    assert.throws(() => schema.node("citation", { document: "un", provision: "art_2" }), /No value supplied for attribute label/);
  });

  test("isSafeHref takes only absolute http(s) addresses", () => {
    for (const good of ["https://example.org", "http://example.org/a?b=c#d", "HTTPS://EXAMPLE.ORG/", "  https://example.org/trimmed  ", "https://пример.рф/путь"]) {
      assert.equal(isSafeHref(good), true, good);
    }
    const bad = [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "java\tscript:alert(1)",
      " javascript:alert(1)",
      "&#106;avascript:alert(1)",
      "data:text/html;base64,PHNjcmlwdD4=",
      "vbscript:msgbox(1)",
      "/documents/x",
      "//evil.example",
      "example.org",
      "https:/example.org",
      "https://",
      "ht\ttps://example.org",
      "https://exa\tmple.org",
      "https://example.org/\u0000",
      "https://example.org/a b",
      "ftp://example.org",
      "mailto:a@example.org",
      `https://example.org/${"a".repeat(3000)}`,
      "",
      42,
      null,
    ];
    for (const href of bad) assert.equal(isSafeHref(href), false, JSON.stringify(href));
  });

  test("attrProblem names unknown attributes, including prototype keys", () => {
    assert.match(attrProblem("citation", "colour", "red")!, /has no attribute "colour"/);
    assert.match(attrProblem("citation", "constructor", "x")!, /has no attribute/);
    assert.match(attrProblem("paragraph", "__proto__", {})!, /a paragraph has no attribute/);
    assert.match(attrProblem("constructor", "name", "x")!, /has no attribute/);
    assert.equal(attrProblem("link", "title", null), null);
    assert.match(attrProblem("link", "title", "t".repeat(501))!, /at most 500/);
  });

  test("pasting: citations, safe links and bold are recognised; other links lose the link only", () => {
    const citation = tagRule(schema.nodes.citation!.spec, "a.citation");
    assert.ok((citation.priority ?? 50) > 50, "the citation rule runs before the link rule");
    assert.deepEqual(citation.getAttrs!(fakeElement({ class: "citation", "data-document": "un-charter", "data-provision": "art_2", href: "/documents/un-charter#art_2" }, " Article 2 ")), {
      document: "un-charter",
      edition: null,
      provision: "art_2",
      label: "Article 2",
    });
    assert.equal(citation.getAttrs!(fakeElement({ "data-document": "Bad Id", "data-provision": "art_2" }, "x")), false);

    const link = tagRule(schema.marks.link!.spec, "a[href]");
    assert.deepEqual(link.getAttrs!(fakeElement({ href: " https://example.org ", title: "Ex" })), { href: "https://example.org", title: "Ex" });
    assert.equal(link.getAttrs!(fakeElement({ href: "javascript:alert(1)" })), false);
    assert.equal(link.getAttrs!(fakeElement({ href: "/relative" })), false);

    const bold = tagRule(schema.marks.strong!.spec, "b");
    assert.equal(bold.getAttrs!(fakeElement({}, "", "normal")), false, "Google Docs' <b style=font-weight:normal> is not bold");
    assert.equal(bold.getAttrs!(fakeElement({}, "", "")), null);
  });

  test("emptyBody is one empty paragraph and a valid document", () => {
    assert.deepEqual(emptyBody(), { type: "doc", content: [{ type: "paragraph" }] });
    PMNode.fromJSON(schema, emptyBody()).check();
    assert.notEqual(emptyBody(), emptyBody(), "a fresh object each time");
  });
});
