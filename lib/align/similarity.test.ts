import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { buildSimilarityIndex, suggest, tokenize, type SimilarityItem } from "./similarity";
import { loadCorpus, nsctMissing } from "./test-corpus";
import { flattenTree, type TreeLike } from "./types";

const node = (id: string, text: string, children: TreeLike[] = [], kind = "paragraph"): TreeLike => ({ id, kind, label: id, text, children });
const items = (document: string, edition: string, tree: TreeLike[]): SimilarityItem[] =>
  flattenTree(tree).map((provision) => ({ document, edition, provision }));

describe("tokenize", () => {
  test("lower-cased words of letters and digits, without stop words or small numbers", () => {
    assert.deepEqual(tokenize("The enemy is terrorism--premeditated, against non-combatant targets"), ["enemy", "terrorism", "premeditated", "non", "combatant", "targets"]);
    assert.deepEqual(tokenize("“Terrorism” means: a) Any act"), ["terrorism", "means", "act"]);
    assert.deepEqual(tokenize("America's allies, paragraph 1 of Article I, UNSCR 1373 of 2001"), ["america", "allies", "paragraph", "article", "unscr", "1373", "2001"]);
    assert.deepEqual(tokenize("Région Économique"), ["région", "économique"]);
    assert.deepEqual(tokenize(""), []);
  });
});

describe("buildSimilarityIndex and suggest on a small corpus", () => {
  const corpus = [
    ...items("alpha", "e1", [node("a1", "Separatism means any act of annexation of territory"), node("a2", "The parties shall exchange information on request")]),
    ...items("beta", "e1", [
      node("b1", "Annexation of territory is separatism under this agreement"),
      node("b2", "Parties exchange information"),
      node("b3", "", [node("b3__p1", "Information on annexation shall be shared promptly by parties")]),
      node("b4", "Short heading"),
      node("b5", "Figure 1: Annexation, separatism and territory maps", [], "figure"),
    ]),
    ...items("beta", "e2", [node("b1", "Annexation of territory is separatism under this agreement, as amended")]),
    ...items("gamma", "e1", [node("c1", "Nothing in common here whatsoever, truly")]),
  ];
  const index = buildSimilarityIndex(corpus);

  test("idf is smooth, ln((1+N)/(1+df))+1, with df over (document, provision) by own text", () => {
    // Units with words: a1 a2 b1 b2 b3__p1 b4 b5 c1 (b1 counted once for two editions; b3 has no own text).
    assert.equal(index.unitCount, 8);
    assert.ok(Math.abs(index.idf.get("annexation")! - (Math.log(9 / 5) + 1)) < 1e-12); // a1 b1 b3__p1 b5
    assert.ok(Math.abs(index.idf.get("amended")! - (Math.log(9 / 2) + 1)) < 1e-12);
    for (const vector of index.vectors) {
      const norm = Math.sqrt([...vector.values()].reduce((sum, w) => sum + w * w, 0));
      assert.ok(vector.size === 0 || Math.abs(norm - 1) < 1e-12);
    }
  });

  test("ranks other documents' provisions by cosine, best first", () => {
    const found = suggest(index, { document: "alpha", provision: "a1" });
    assert.equal(found[0]!.provision.id, "b1");
    assert.equal(found[0]!.document, "beta");
    for (const s of found) {
      assert.notEqual(s.document, "alpha");
      assert.ok(s.score > 0 && s.score <= 1);
    }
    for (let i = 1; i < found.length; i++) assert.ok(found[i - 1]!.score >= found[i]!.score);
  });

  test("a provision held by two editions is suggested once, from the edition where it scores best", () => {
    const found = suggest(index, { document: "alpha", provision: "a1" }, { minScore: 0 });
    assert.equal(found.filter((s) => s.provision.id === "b1").length, 1);
    assert.equal(found[0]!.edition, "e1"); // e2 adds "amended", which a1 lacks
  });

  test("short provisions, figures and a container repeating its only child are not suggested", () => {
    const ids = suggest(index, { document: "alpha", provision: "a2" }, { limit: 50, minScore: 0 }).map((s) => s.provision.id);
    assert.ok(ids.includes("b3__p1"));
    assert.ok(!ids.includes("b3"), "b3 only repeats b3__p1");
    assert.ok(!ids.includes("b4"), "two words");
    assert.deepEqual(suggest(index, { document: "alpha", provision: "a1" }, { limit: 50, minScore: 0 }).filter((s) => s.provision.kind === "figure"), []);
    // A short provision can still be asked about.
    assert.ok(suggest(index, { document: "beta", provision: "b4" }).length === 0);
  });

  test("limit and minScore", () => {
    assert.equal(suggest(index, { document: "alpha", provision: "a1" }, { limit: 1, minScore: 0 }).length, 1);
    assert.ok(suggest(index, { document: "alpha", provision: "a1" }, { minScore: 0.99 }).length === 0);
    assert.deepEqual(suggest(index, { document: "gamma", provision: "c1" }, { minScore: 0 }), []);
  });

  test("the query edition can be named", () => {
    const e2 = suggest(index, { document: "beta", provision: "b1", edition: "e2" }, { minScore: 0 });
    const e1 = suggest(index, { document: "beta", provision: "b1", edition: "e1" }, { minScore: 0 });
    assert.ok(e2[0]!.score < e1[0]!.score);
  });

  test("identical texts in two documents score 1", () => {
    const twin = buildSimilarityIndex([
      ...items("x", "e", [node("p", "Combating terrorism separatism and extremism together")]),
      ...items("y", "e", [node("q", "Combating terrorism separatism and extremism together")]),
    ]);
    const [only] = suggest(twin, { document: "x", provision: "p" });
    assert.ok(Math.abs(only!.score - 1) < 1e-12 && only!.score <= 1);
  });

  test("bad input is a RangeError", () => {
    assert.throws(() => suggest(index, { document: "alpha", provision: "zz" }), { name: "RangeError", message: /alpha:zz is not in the similarity index/ });
    assert.throws(() => suggest(index, { document: "beta", provision: "b1", edition: "e9" }), { name: "RangeError", message: /edition e9/ });
    assert.throws(() => suggest(index, { document: "alpha", provision: "a1" }, { limit: 0 }), { name: "RangeError", message: /limit/ });
    assert.throws(() => suggest(index, { document: "alpha", provision: "a1" }, { limit: 2.5 }), RangeError);
    assert.throws(() => suggest(index, { document: "alpha", provision: "a1" }, { minScore: 1.5 }), { name: "RangeError", message: /minScore/ });
    assert.throws(() => suggest(index, { document: "alpha", provision: "a1" }, { minScore: Number.NaN }), RangeError);
    const twice = [...items("alpha", "e1", [node("a1", "one two three four")]), ...items("alpha", "e1", [node("a1", "five six seven eight")])];
    assert.throws(() => buildSimilarityIndex(twice), { name: "RangeError", message: /edition alpha e1: provision id "a1" occurs twice/ });
  });
});

describe("suggest on the real corpus", () => {
  const corpus = loadCorpus();
  const all = corpus.flatMap((e) => e.provisions.map((provision) => ({ document: e.document, edition: e.edition, provision })));
  const started = performance.now();
  const index = buildSimilarityIndex(all);
  const firstBuild = performance.now() - started;

  test("builds over the whole corpus (timing reported, not asserted)", (t) => {
    const again = performance.now();
    buildSimilarityIndex(all);
    t.diagnostic(`index over ${all.length} provisions of ${corpus.length} editions: first build ${firstBuild.toFixed(1)} ms, second ${(performance.now() - again).toFixed(1)} ms`);
    assert.ok(index.unitCount > 0);
  });

  test("scores are in (0, 1], best first, never from the same document", () => {
    for (const { document, provision } of all) {
      const found = suggest(index, { document, provision: provision.id }, { limit: 20 });
      for (const s of found) {
        assert.notEqual(s.document, document);
        assert.ok(s.score > 0 && s.score <= 1 && s.score >= 0.05, `${s.score}`);
      }
      for (let i = 1; i < found.length; i++) assert.ok(found[i - 1]!.score >= found[i]!.score);
    }
  });

  test("the RATS's point 8, citing paragraph 1 of Article I of the Convention, finds Convention Article 1", () => {
    const found = suggest(index, { document: "rats-agreement-2002", provision: "art_6__point_8" }, { limit: 100, minScore: 0 });
    const art1 = found.filter((s) => s.document === "shanghai-convention-2001" && (s.provision.id === "art_1" || s.provision.id.startsWith("art_1__")));
    assert.ok(art1.length > 0 && art1.every((s) => s.score > 0));
    assert.equal(found[0]!.document, "shanghai-convention-2001");
  });

  test("the Charter's Article 10 (the anti-terrorist structure) finds the RATS's Article 6 first", (t) => {
    const found = suggest(index, { document: "sco-charter-2002", provision: "art_10" });
    t.diagnostic(found.map((s) => `${s.provision.label} (${s.document}) ${s.score.toFixed(3)}`).join("; "));
    assert.equal(found[0]!.document, "rats-agreement-2002");
    assert.equal(found[0]!.provision.id, "art_6");
  });

  test("the Convention's definition and the NSCT's share almost no words", { skip: nsctMissing }, () => {
    const convention = all.find((i) => i.document === "shanghai-convention-2001" && i.provision.id === "art_1__para_1__point_1")!;
    const nsct = all.find((i) => i.document === "us-nsct-2003" && i.edition === "en-gutenberg" && i.provision.id === "sec_1__para_2")!;
    const theirs = new Set(tokenize(nsct.provision.fullText));
    assert.deepEqual([...new Set(tokenize(convention.provision.fullText))].filter((w) => theirs.has(w)), ["terrorism", "one", "person"]);
  });

  test(
    "the Convention's definition of terrorism finds the NSCT's definition in its top 3 NSCT suggestions",
    {
      skip: nsctMissing,
      todo:
        "TF-IDF cosine cannot see this pair: the two definitions say the same thing in different words (civilian / noncombatant, " +
        "intimidate a population / terrorize people) and share only 'terrorism', 'one' and 'person'; observed rank 32 of 129 NSCT " +
        "provisions. Curate the pair in a crosswalk, or use a semantic model for suggestions.",
    },
    (t) => {
      const found = suggest(index, { document: "shanghai-convention-2001", provision: "art_1__para_1__point_1" }, { limit: 1000, minScore: 0 });
      const nsct = found.filter((s) => s.document === "us-nsct-2003");
      t.diagnostic(`top 5: ${found.slice(0, 5).map((s) => `${s.provision.label} (${s.document}) ${s.score.toFixed(3)}`).join("; ")}`);
      t.diagnostic(`sec_1__para_2 ranks ${nsct.findIndex((s) => s.provision.id === "sec_1__para_2") + 1} of ${nsct.length} NSCT provisions`);
      assert.ok(nsct.slice(0, 3).some((s) => s.provision.id === "sec_1__para_2"));
    },
  );
});
