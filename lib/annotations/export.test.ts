import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { emptyBody } from "../prosemirror/comment-schema";
import { bodyToPlainText } from "./body";
import { ANNO_CONTEXT, JsonLdError, PROSEMIRROR_FORMAT, fromJsonLd, toCsv, toJsonLd, toMarkdown } from "./export";
import type { Anchor, BodyJson, NoteRecord, NoteTarget } from "./types";

const BASE = "https://synopsis.example.org";

function target(document: string, edition: string, provision: string, exact: string, start: number, anchor: Partial<Anchor> = {}): NoteTarget {
  return {
    document,
    edition,
    provision,
    quote: { type: "TextQuoteSelector", exact, prefix: "the terms: ", suffix: " means" },
    position: { type: "TextPositionSelector", start, end: start + exact.length },
    anchor: { status: "exact", provision, start, end: start + exact.length, score: 1, ...anchor },
  };
}

function note(fields: Partial<NoteRecord> & Pick<NoteRecord, "id" | "body">): NoteRecord {
  return {
    author: { id: "u-anna", name: "Anna Petrova" },
    motivation: "commenting",
    bodyText: bodyToPlainText(fields.body),
    tags: [],
    visibility: "public",
    seminarId: null,
    inReplyTo: null,
    targets: [],
    created: "2024-03-01T09:30:00.000Z",
    modified: "2024-03-01T09:30:00.000Z",
    version: 1,
    deleted: false,
    ...fields,
  };
}

const paragraphs = (...texts: unknown[][]): BodyJson => ({ type: "doc", content: texts.map((content) => ({ type: "paragraph", content })) });
const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });

const terrorism = target("shanghai-convention-2001", "en-meher", "art_1__para_1", "“Terrorism”", 17);
const terrorismRu = target("shanghai-convention-2001", "ru-official", "art_1__para_1", "«терроризм»", 21, { status: "fuzzy", start: 20, end: 32, score: 0.83 });
const unCharter = target("un-charter", "en-1945", "art_2__para_4", "refrain in their international relations", 30, { status: "moved", start: 44, end: 84 });

const notes: NoteRecord[] = [
  note({
    id: "n1",
    body: paragraphs(
      [text("Compare the "), text("narrower", [{ type: "em" }]), text(" “definition” in "), { type: "citation", attrs: { document: "un-charter", edition: "en-1945", provision: "art_2__para_4", label: "Art. 2(4)" } }, text(".")],
      [text("See "), text("the travaux", [{ type: "link", attrs: { href: "https://example.org/travaux?lang=en&v=2", title: null } }]), text(", p. 12, \"quoted\".")],
    ),
    tags: ["definitions", "terrorism"],
    targets: [terrorism, terrorismRu, unCharter],
    version: 3,
    modified: "2024-03-02T10:00:00.000Z",
  }),
  note({
    id: "n2",
    author: { id: "u-boris", name: "Борис Иванов" },
    motivation: "replying",
    inReplyTo: "n1",
    body: paragraphs([text("Согласен: «терроризм» здесь шире.")]),
    targets: [terrorism],
    created: "2024-03-03T08:00:00.000Z",
    modified: "2024-03-03T08:00:00.000Z",
  }),
  note({
    id: "n3",
    motivation: "replying",
    inReplyTo: "n2",
    body: paragraphs([text("Not in the "), text("English", [{ type: "strong" }]), text(" text, though.")]),
    targets: [terrorism],
    created: "2024-03-04T08:00:00.000Z",
    modified: "2024-03-04T08:00:00.000Z",
  }),
  note({
    id: "n4",
    author: { id: "u-carl", name: "Carl" },
    body: emptyBody(),
    bodyText: "",
    deleted: true,
    visibility: "private",
    targets: [target("un-charter", "en-1945", "art_51", "inherent right", 4, { status: "orphan", provision: "art_51", start: -1, end: -1, score: 0 })],
    version: 2,
  }),
  note({
    id: "n5",
    author: { id: "u-dana", name: "@Dana, \"the\" reviewer" },
    visibility: "seminar",
    seminarId: "seminar-2024",
    tags: ["=HYPERLINK(\"http://evil\")", "draft"],
    body: {
      type: "doc",
      content: [
        { type: "blockquote", content: [{ type: "paragraph", content: [text("self-defence")] }] },
        { type: "bullet_list", content: [{ type: "list_item", content: [{ type: "paragraph", content: [text("-1 point, line one")] }] }, { type: "list_item", content: [{ type: "paragraph", content: [text("two")] }] }] },
      ],
    },
    targets: [unCharter],
  }),
];

describe("toJsonLd", () => {
  const collection = toJsonLd(notes, { baseUrl: `${BASE}/`, label: "Notes on terrorism" }) as {
    "@context": string;
    id: string;
    type: string;
    label: string;
    total: number;
    first: { type: string; items: Record<string, unknown>[] };
  };

  test("is an AnnotationCollection with one embedded page", () => {
    assert.equal(collection["@context"], ANNO_CONTEXT);
    assert.equal(collection.type, "AnnotationCollection");
    assert.equal(collection.id, `${BASE}/api/annotations`);
    assert.equal(collection.label, "Notes on terrorism");
    assert.equal(collection.total, 5);
    assert.equal(collection.first.type, "AnnotationPage");
    assert.equal(collection.first.items.length, 5);
    assert.equal(toJsonLd([], { baseUrl: BASE, label: "x", id: `${BASE}/exports/1` }).id, `${BASE}/exports/1`);
  });

  test("writes each note as a W3C Annotation", () => {
    const item = collection.first.items[0]!;
    assert.equal(item["@context"], undefined);
    assert.equal(item.id, `${BASE}/api/annotations/n1`);
    assert.equal(item.type, "Annotation");
    assert.equal(item.motivation, "commenting");
    assert.equal(item.created, "2024-03-01T09:30:00.000Z");
    assert.equal(item.modified, "2024-03-02T10:00:00.000Z");
    assert.deepEqual(item.creator, { id: `${BASE}/users/u-anna`, type: "Person", name: "Anna Petrova" });
    const body = item.body as Record<string, unknown>[];
    assert.deepEqual(body[0], { type: "TextualBody", value: notes[0]!.bodyText, format: "text/plain", purpose: "commenting" });
    assert.deepEqual(body[1], { type: "TextualBody", value: JSON.stringify(notes[0]!.body), format: PROSEMIRROR_FORMAT });
    assert.deepEqual(body.slice(2), [
      { type: "TextualBody", purpose: "tagging", value: "definitions" },
      { type: "TextualBody", purpose: "tagging", value: "terrorism" },
    ]);
    const targets = item.target as Record<string, unknown>[];
    assert.equal(targets.length, 3);
    assert.deepEqual(targets[0], {
      type: "SpecificResource",
      source: `${BASE}/documents/shanghai-convention-2001/editions/en-meher#art_1__para_1`,
      selector: [
        { type: "FragmentSelector", conformsTo: "http://tools.ietf.org/rfc/rfc3986", value: "art_1__para_1" },
        { type: "TextQuoteSelector", exact: "“Terrorism”", prefix: "the terms: ", suffix: " means" },
        { type: "TextPositionSelector", start: 17, end: 28 },
      ],
      "synopsis:document": "shanghai-convention-2001",
      "synopsis:edition": "en-meher",
      "synopsis:anchor": { status: "exact", provision: "art_1__para_1", start: 17, end: 28, score: 1 },
    });
    assert.equal(item["synopsis:visibility"], "public");
    assert.equal(item["synopsis:seminarId"], null);
    assert.equal(item["synopsis:version"], 3);
    assert.equal(item["synopsis:deleted"], false);
  });

  test("a reply targets its passages and the annotation it answers", () => {
    const reply = collection.first.items[1]!;
    assert.equal(reply.motivation, "replying");
    assert.equal((reply.body as Record<string, unknown>[])[0]!.purpose, "replying");
    const targets = reply.target as unknown[];
    assert.equal(targets.length, 2);
    assert.equal((targets[0] as Record<string, unknown>)["synopsis:edition"], "en-meher");
    assert.equal(targets[1], `${BASE}/api/annotations/n1`);
  });

  test("is plain JSON", () => {
    assert.deepEqual(JSON.parse(JSON.stringify(collection)), collection);
  });
});

describe("fromJsonLd", () => {
  test("reads back exactly the notes that were written", () => {
    const json: unknown = JSON.parse(JSON.stringify(toJsonLd(notes, { baseUrl: BASE, label: "All" })));
    assert.deepEqual(fromJsonLd(json, {}), notes);
    assert.deepEqual(fromJsonLd(json, { baseUrl: `${BASE}/` }), notes);
  });

  test("ids that need escaping survive the trip", () => {
    const odd = note({ id: "note 1/ä?#", author: { id: "user@example.org", name: "Ann" }, body: paragraphs([text("x")]) });
    const reply = note({ id: "r", inReplyTo: "note 1/ä?#", motivation: "replying", body: paragraphs([text("y")]) });
    assert.deepEqual(fromJsonLd(toJsonLd([odd, reply], { baseUrl: BASE, label: "x" })), [odd, reply]);
  });

  test("accepts a single Annotation or a list of them", () => {
    const items = (toJsonLd(notes, { baseUrl: BASE, label: "All" }) as { first: { items: unknown[] } }).first.items;
    assert.deepEqual(fromJsonLd(items[2]), [notes[2]]);
    assert.deepEqual(fromJsonLd({ "@context": ANNO_CONTEXT, ...(items[0] as object) }), [notes[0]]);
    assert.deepEqual(fromJsonLd(items), notes);
    assert.deepEqual(fromJsonLd([]), []);
    assert.deepEqual(fromJsonLd({ type: "AnnotationCollection", total: 0 }), []);
  });

  /** Export the notes, let `change` spoil the first item, and expect fromJsonLd to name the field. */
  function refuses(change: (item: Record<string, any>) => void, field: string, message?: RegExp, options = {}): void {
    const json = JSON.parse(JSON.stringify(toJsonLd(notes, { baseUrl: BASE, label: "All" }))) as { first: { items: Record<string, any>[] } };
    change(json.first.items[1]!);
    let caught: unknown;
    try {
      fromJsonLd(json, options);
    } catch (error) {
      caught = error;
    }
    assert.ok(caught instanceof JsonLdError, `expected a JsonLdError, got ${String(caught)}`);
    assert.equal(caught.field, field, caught.message);
    if (message) assert.match(caught.message, message);
  }

  test("names the annotation and the field at fault", () => {
    refuses((item) => delete item.creator.name, "items[1].creator.name");
    refuses((item) => (item.type = "Note"), "items[1].type");
    refuses((item) => (item.motivation = "bookmarking"), "items[1].motivation");
    refuses((item) => (item.created = "yesterday"), "items[1].created", /date and time/);
    refuses((item) => (item["synopsis:visibility"] = "everyone"), "items[1].synopsis:visibility");
    refuses((item) => delete item["synopsis:version"], "items[1].synopsis:version");
    refuses((item) => (item["synopsis:deleted"] = "no"), "items[1].synopsis:deleted");
    refuses((item) => (item["synopsis:visibility"] = "seminar"), "items[1].synopsis:seminarId", /name the seminar/);
    refuses((item) => (item.target[0].selector[2].start = -5), "items[1].target[0].selector[2].start");
    refuses((item) => (item.target[0].selector[0].value = "art 1"), "items[1].target[0].selector[0].value", /provision id/);
    refuses((item) => item.target[0].selector.pop(), "items[1].target[0].selector", /exactly one TextPositionSelector/);
    refuses((item) => (item.target[0]["synopsis:anchor"].status = "lost"), "items[1].target[0].synopsis:anchor.status");
    refuses((item) => (item.target[0]["synopsis:document"] = "../../etc"), "items[1].target[0].synopsis:document");
    refuses((item) => item.target.push(`${BASE}/api/annotations/n3`), "items[1].target", /one annotation/);
    refuses((item) => (item.target[1] = `${BASE}/elsewhere/n1`), "items[1].target[1]", /IRI/);
    refuses((item) => (item.id = `${BASE}/api/annotations/`), "items[1].id");
    refuses((item) => (item.body = item.body.filter((b: { format?: string }) => b.format !== PROSEMIRROR_FORMAT)), "items[1].body", /exactly one body/);
    refuses((item) => (item.body[1].value = "{not json"), "items[1].body[1].value", /not valid JSON/);
  });

  test("checks bodies like the editor's server does", () => {
    const hostile = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)", title: null } }] }] }] };
    refuses((item) => (item.body[1].value = JSON.stringify(hostile)), "items[1].body[1].value.content[0].content[0].marks[0].attrs.href", /http/);
    refuses((item) => (item.body[1].value = JSON.stringify({ type: "doc", content: [{ type: "script" }] })), "items[1].body[1].value.content[0].type", /unknown/);
    refuses((item) => (item.body[1].value = JSON.stringify(emptyBody())), "items[1].body[1].value", /write something/);
  });

  test("with a baseUrl, IRIs must belong to that site", () => {
    refuses(() => undefined, "items[0].id", /https:\/\/other.example\/api\/annotations\/\{id\}/, { baseUrl: "https://other.example" });
    refuses((item) => (item.creator.id = "https://other.example/users/u-boris"), "items[1].creator.id", undefined, { baseUrl: BASE });
  });

  test("refuses what is not annotations", () => {
    for (const value of [null, "notes", 42, { type: "Collection" }]) assert.throws(() => fromJsonLd(value), JsonLdError);
    assert.throws(() => fromJsonLd({ type: "AnnotationCollection", total: 9, first: { items: [] } }), (error: unknown) => error instanceof JsonLdError && error.field === "total");
    assert.throws(() => fromJsonLd({ type: "AnnotationCollection", first: { items: "x" } }), (error: unknown) => error instanceof JsonLdError && error.field === "first.items");
    const polluted: unknown = JSON.parse('[{"__proto__":{"polluted":true},"type":"Annotation"}]');
    assert.throws(() => fromJsonLd(polluted), JsonLdError);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});

const labels = (t: NoteTarget): string => ({ art_1__para_1: "Article 1(1)", art_2__para_4: "Article 2(4)", art_51: "Article 51" })[t.provision] ?? t.provision;

describe("toCsv", () => {
  test("writes one row per note and target, escaped as RFC 4180 and defused for spreadsheets", () => {
    const csv = toCsv([notes[0]!, notes[3]!, notes[4]!], labels);
    const expected = [
      "document,edition,provision,provision_label,quote,author,created,modified,visibility,tags,reply_to,body,status",
      `shanghai-convention-2001,en-meher,art_1__para_1,Article 1(1),“Terrorism”,Anna Petrova,2024-03-01T09:30:00.000Z,2024-03-02T10:00:00.000Z,public,definitions; terrorism,,"Compare the narrower “definition” in Art. 2(4).\n\nSee the travaux, p. 12, ""quoted"".",exact`,
      `shanghai-convention-2001,ru-official,art_1__para_1,Article 1(1),«терроризм»,Anna Petrova,2024-03-01T09:30:00.000Z,2024-03-02T10:00:00.000Z,public,definitions; terrorism,,"Compare the narrower “definition” in Art. 2(4).\n\nSee the travaux, p. 12, ""quoted"".",fuzzy`,
      `un-charter,en-1945,art_2__para_4,Article 2(4),refrain in their international relations,Anna Petrova,2024-03-01T09:30:00.000Z,2024-03-02T10:00:00.000Z,public,definitions; terrorism,,"Compare the narrower “definition” in Art. 2(4).\n\nSee the travaux, p. 12, ""quoted"".",moved`,
      "un-charter,en-1945,art_51,Article 51,inherent right,Carl,2024-03-01T09:30:00.000Z,2024-03-01T09:30:00.000Z,private,,,(deleted),orphan",
      `un-charter,en-1945,art_2__para_4,Article 2(4),refrain in their international relations,"'@Dana, ""the"" reviewer",2024-03-01T09:30:00.000Z,2024-03-01T09:30:00.000Z,seminar,"'=HYPERLINK(""http://evil""); draft",,"self-defence\n\n- -1 point, line one\n- two",moved`,
      "",
    ].join("\r\n");
    // Rows end in CRLF; line breaks inside a quoted body stay as they are.
    assert.equal(csv, expected);
  });

  test("a note without targets still gets a row, and replies name their parent", () => {
    const lonely = note({ id: "n9", inReplyTo: "n1", motivation: "replying", body: paragraphs([text("ok")]) });
    assert.equal(toCsv([lonely], labels).split("\r\n")[1], ",,,,,Anna Petrova,2024-03-01T09:30:00.000Z,2024-03-01T09:30:00.000Z,public,,n1,ok,");
  });
});

describe("toMarkdown", () => {
  test("groups by document and provision, with quotes, bodies, authors, tags and nested replies", () => {
    const markdown = toMarkdown(notes, {
      title: "Notes *on* terrorism",
      labels,
      documentTitle: (id) => ({ "shanghai-convention-2001": "Shanghai Convention (2001)", "un-charter": "Charter of the United Nations" })[id] ?? id,
    });
    assert.equal(
      markdown,
      `# Notes \\*on\\* terrorism

## Shanghai Convention (2001)

### Article 1(1)

> “Terrorism”

Compare the *narrower* “definition” in [Art. 2(4)](/documents/un-charter/editions/en-1945#art_2__para_4).

See [the travaux](https://example.org/travaux?lang=en&v=2), p. 12, "quoted".

— Anna Petrova, 2024-03-01 · tags: definitions, terrorism

- Согласен: «терроризм» здесь шире.

  — Борис Иванов, 2024-03-03

  - Not in the **English** text, though.

    — Anna Petrova, 2024-03-04

> «терроризм»

*(the passage has changed; this is the closest match)*

Compare the *narrower* “definition” in [Art. 2(4)](/documents/un-charter/editions/en-1945#art_2__para_4).

See [the travaux](https://example.org/travaux?lang=en&v=2), p. 12, "quoted".

— Anna Petrova, 2024-03-01 · tags: definitions, terrorism

- Согласен: «терроризм» здесь шире.

  — Борис Иванов, 2024-03-03

  - Not in the **English** text, though.

    — Anna Petrova, 2024-03-04

## Charter of the United Nations

### Article 2(4)

> refrain in their international relations

Compare the *narrower* “definition” in [Art. 2(4)](/documents/un-charter/editions/en-1945#art_2__para_4).

See [the travaux](https://example.org/travaux?lang=en&v=2), p. 12, "quoted".

— Anna Petrova, 2024-03-01 · tags: definitions, terrorism

- Согласен: «терроризм» здесь шире.

  — Борис Иванов, 2024-03-03

  - Not in the **English** text, though.

    — Anna Petrova, 2024-03-04

> refrain in their international relations

> self-defence

- -1 point, line one
- two

— @Dana, "the" reviewer, 2024-03-01 · tags: =HYPERLINK("http://evil"), draft

### Article 51

> inherent right

*(the passage is no longer in this text)*

*(deleted)*

— Carl, 2024-03-01
`,
    );
  });

  test("a reply whose parent is absent stands on its own; notes without passages come last", () => {
    const markdown = toMarkdown([notes[2]!, note({ id: "x", body: paragraphs([text("General remark.")]) })], { title: "T", labels, documentTitle: (id) => id });
    assert.equal(
      markdown,
      `# T

## shanghai-convention-2001

### Article 1(1)

> “Terrorism”

Not in the **English** text, though.

— Anna Petrova, 2024-03-04

## Notes without a passage

General remark.

— Anna Petrova, 2024-03-01
`,
    );
  });

  test("a cycle of replies does not loop", () => {
    const a = note({ id: "a", inReplyTo: "b", body: paragraphs([text("A")]), targets: [terrorism] });
    const b = note({ id: "b", inReplyTo: "a", body: paragraphs([text("B")]), targets: [terrorism] });
    // Neither is a root; the first stands in for one, and the thread shows each note once.
    assert.equal(
      toMarkdown([a, b], { title: "T", labels, documentTitle: (id) => id }),
      "# T\n\n## shanghai-convention-2001\n\n### Article 1(1)\n\n> “Terrorism”\n\nA\n\n— Anna Petrova, 2024-03-01\n\n- B\n\n  — Anna Petrova, 2024-03-01\n",
    );
  });
});
