import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { byId, loadEdition } from "./test-corpus";
import { assertFlatList, flattenTree, formatProvisionRef, parentIndexes, parseProvisionRef, subtreeOf, type AlignProvision, type TreeLike } from "./types";

const node = (id: string, text: string, children: TreeLike[] = []): TreeLike => ({ id, kind: "point", label: id.toUpperCase(), text, children });

describe("flattenTree", () => {
  const tree = [node("a", "", [node("a1", "one", [node("a1x", "deep")]), node("a2", "two")]), node("b", "bee")];
  const flat = flattenTree(tree);

  test("lists provisions in document order with their depth", () => {
    assert.deepEqual(
      flat.map((p) => [p.id, p.depth]),
      [["a", 0], ["a1", 1], ["a1x", 2], ["a2", 1], ["b", 0]],
    );
  });

  test("fullText joins own and descendants' texts with newlines, leaving out empty texts", () => {
    assert.equal(flat[0]!.text, "");
    assert.equal(flat[0]!.fullText, "one\ndeep\ntwo");
    assert.equal(flat[1]!.fullText, "one\ndeep");
    assert.equal(flat[4]!.fullText, "bee");
    assert.equal(flat[0]!.label, "A");
    assert.equal(flat[0]!.kind, "point");
  });

  test("an empty tree gives an empty list", () => {
    assert.deepEqual(flattenTree([]), []);
  });

  test("a repeated id is a RangeError naming it", () => {
    assert.throws(() => flattenTree([node("a", "x"), node("b", "", [node("a", "y")])]), { name: "RangeError", message: /"a" occurs twice/ });
  });

  test("the real Convention: Article 1's fullText holds point b, in order", () => {
    const convention = loadEdition("shanghai-convention-2001", "en-meher");
    const art1 = byId(convention, "art_1");
    const pointB = byId(convention, "art_1__para_1__point_1__point_b");
    assert.equal(art1.depth, 0);
    assert.equal(pointB.depth, 3);
    assert.ok(art1.fullText.includes(pointB.text));
    assert.ok(art1.fullText.indexOf("“Terrorism” means:") < art1.fullText.indexOf(pointB.text));
    assert.equal(convention.provisions.length, 8);
  });
});

describe("subtreeOf and parentIndexes", () => {
  const flat = flattenTree([node("a", "", [node("a1", "one", [node("a1x", "deep")]), node("a2", "two")]), node("b", "bee")]);

  test("subtreeOf gives the provision and its descendants", () => {
    assert.deepEqual(subtreeOf(flat, "a1").map((p) => p.id), ["a1", "a1x"]);
    assert.deepEqual(subtreeOf(flat, "a").map((p) => p.id), ["a", "a1", "a1x", "a2"]);
    assert.deepEqual(subtreeOf(flat, "b").map((p) => p.id), ["b"]);
    assert.deepEqual(subtreeOf(flat, "nope"), []);
  });

  test("parentIndexes reads parents off the depths", () => {
    assert.deepEqual(parentIndexes(flat), [-1, 0, 1, 0, -1]);
  });
});

describe("assertFlatList", () => {
  const p = (id: string, depth: number): AlignProvision => ({ id, depth, label: id, kind: "point", text: "", fullText: "" });

  test("accepts a flattened tree and a run of one (a subtree, siblings)", () => {
    assert.doesNotThrow(() => assertFlatList([p("a", 0), p("b", 1), p("c", 2), p("d", 0)]));
    assert.doesNotThrow(() => assertFlatList([p("b", 1), p("c", 2), p("e", 1)]));
    assert.doesNotThrow(() => assertFlatList([]));
  });

  test("rejects a repeated id, a missing id and a depth that skips a level", () => {
    assert.throws(() => assertFlatList([p("a", 0), p("a", 0)], "left"), { name: "RangeError", message: /left: provision id "a" occurs twice/ });
    assert.throws(() => assertFlatList([p("", 0)]), { name: "RangeError", message: /provision 0 has no id/ });
    assert.throws(() => assertFlatList([p("a", 0), p("b", 2)]), { name: "RangeError", message: /"b" has depth 2 after depth 0/ });
    assert.throws(() => assertFlatList([p("a", 1), p("b", 0)]), { name: "RangeError", message: /"b" has depth 0 after depth 1/ });
    assert.throws(() => assertFlatList([p("a", -1)]), RangeError);
  });
});

describe("provision references", () => {
  test("parse and format {document}:{provision}", () => {
    const ref = parseProvisionRef("shanghai-convention-2001:art_1__para_1__point_1");
    assert.deepEqual(ref, { document: "shanghai-convention-2001", provision: "art_1__para_1__point_1" });
    assert.equal(formatProvisionRef(ref), "shanghai-convention-2001:art_1__para_1__point_1");
  });

  test("a malformed reference is a RangeError", () => {
    for (const bad of ["art_1", "Convention:art_1", "doc:", ":art_1", "doc:art 1", "doc:art_1:x"]) {
      assert.throws(() => parseProvisionRef(bad), RangeError, bad);
    }
  });
});
