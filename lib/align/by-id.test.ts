import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { alignByProvisionId } from "./by-id";
import { loadEdition, loadFullNsct, nsctMissing } from "./test-corpus";
import type { AlignedRow, AlignProvision } from "./types";

const p = (id: string, depth = 0, text = `text of ${id}`): AlignProvision => ({ id, depth, label: id, kind: "paragraph", text, fullText: text });
const ids = (rows: AlignedRow[]): string[] => rows.map((r) => `${r.left?.id ?? "-"}|${r.right?.id ?? "-"}`);

describe("alignByProvisionId", () => {
  test("interleaves one-sided provisions where they stand: [a,b,d] against [a,c,d]", () => {
    const rows = alignByProvisionId([p("a"), p("b"), p("d")], [p("a"), p("c"), p("d")]);
    assert.deepEqual(ids(rows), ["a|a", "b|-", "-|c", "d|d"]);
  });

  test("rows are own-text rows of kind same-id", () => {
    const [row] = alignByProvisionId([p("a")], [p("a", 0, "other words")]);
    assert.deepEqual(row, {
      left: p("a"),
      right: p("a", 0, "other words"),
      kind: "same-id",
      source: "provision-id",
      note: null,
      alignmentSource: null,
      subtree: false,
    });
  });

  test("one-sided runs at the start, in the middle and at the end", () => {
    assert.deepEqual(ids(alignByProvisionId([p("x"), p("a"), p("b")], [p("a"), p("y"), p("z")])), ["x|-", "a|a", "b|-", "-|y", "-|z"]);
    assert.deepEqual(ids(alignByProvisionId([p("a"), p("b"), p("c")], [p("c")])), ["a|-", "b|-", "c|c"]);
  });

  test("empty sides", () => {
    assert.deepEqual(alignByProvisionId([], []), []);
    assert.deepEqual(ids(alignByProvisionId([p("a")], [])), ["a|-"]);
    assert.deepEqual(ids(alignByProvisionId([], [p("a")])), ["-|a"]);
  });

  test("nothing shared: left rows, then right rows", () => {
    assert.deepEqual(ids(alignByProvisionId([p("a"), p("b")], [p("c")])), ["a|-", "b|-", "-|c"]);
  });

  test("an id the editions order differently is still paired, at its place on the left", () => {
    assert.deepEqual(ids(alignByProvisionId([p("a"), p("b"), p("c")], [p("a"), p("c"), p("b")])), ["a|a", "b|b", "c|c"]);
  });

  test("every provision appears exactly once on its side", () => {
    const left = ["a", "b", "c", "e", "f", "h"].map((id) => p(id));
    const right = ["b", "a", "d", "e", "g", "h", "i"].map((id) => p(id));
    const rows = alignByProvisionId(left, right);
    assert.deepEqual(rows.flatMap((r) => (r.left ? [r.left.id] : [])), left.map((x) => x.id));
    assert.deepEqual(rows.flatMap((r) => (r.right ? [r.right.id] : [])).sort(), right.map((x) => x.id).sort());
    for (const r of rows) if (r.left && r.right) assert.equal(r.left.id, r.right.id);
  });

  test("a list with a repeated id is a RangeError", () => {
    assert.throws(() => alignByProvisionId([p("a"), p("a")], [p("a")]), { name: "RangeError", message: /left edition: provision id "a" occurs twice/ });
    assert.throws(() => alignByProvisionId([p("a")], [p("b"), p("c", 2)]), { name: "RangeError", message: /right edition/ });
  });
});

describe("alignByProvisionId on the NSCT: Meher's excerpt against the full text", { skip: nsctMissing }, () => {
  const excerpt = loadEdition("us-nsct-2003", "en-meher");
  const full = loadFullNsct()!;

  test("a row for every provision of the full text, the definition paired, Introduction ¶1 before it", () => {
    const rows = alignByProvisionId(excerpt.provisions, full.provisions);
    assert.equal(rows.length, full.provisions.length);
    assert.deepEqual(rows.map((r) => r.right?.id), full.provisions.map((x) => x.id));
    assert.deepEqual(ids(rows.slice(0, 5)), ["sec_1|sec_1", "-|sec_1__epigraph_1", "-|sec_1__para_1", "sec_1__para_2|sec_1__para_2", "-|sec_1__para_3"]);
    const definition = rows[3]!;
    assert.match(definition.left!.text, /non-combatant/);
    assert.match(definition.right!.text, /noncombatant/);
    assert.equal(rows.filter((r) => r.left && r.right).length, 2);
    assert.ok(rows.every((r) => r.subtree === false && r.kind === "same-id"));
  });

  test("the other way round, the full text's extra provisions are left-only", () => {
    const rows = alignByProvisionId(full.provisions, excerpt.provisions);
    assert.equal(rows.length, full.provisions.length);
    assert.deepEqual(ids(rows.slice(2, 4)), ["sec_1__para_1|-", "sec_1__para_2|sec_1__para_2"]);
  });
});
