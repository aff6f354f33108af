import { expect, test } from "./fixtures";

test("GET /api/documents lists the documents with their editions", async ({ request }) => {
  const response = await request.get("/api/documents");
  expect(response.status()).toBe(200);
  const { documents } = await response.json();
  expect(documents.map((d: { id: string }) => d.id)).toEqual([
    "shanghai-convention-2001",
    "sco-charter-2002",
    "rats-agreement-2002",
    "us-nsct-2003",
    "dushanbe-declaration-2008",
  ]);
  const convention = documents[0];
  expect(convention.editions[0]).toMatchObject({ id: "en-meher", language: "en", completeness: "excerpt", summary: "Article 1 only" });
  expect(convention.editions[0].source.file).toBe("000_3e8a8291dcea6464.txt");
});

test("provision trees and single provisions", async ({ request }) => {
  const tree = await (await request.get("/api/documents/rats-agreement-2002/editions/en-meher/provisions")).json();
  expect(tree.provisions).toHaveLength(1);
  expect(tree.provisions[0].children).toHaveLength(12);
  const one = await request.get("/api/documents/shanghai-convention-2001/editions/en-meher/provisions/art_1__para_1__point_1");
  expect(one.status()).toBe(200);
  const { provision } = await one.json();
  expect(provision).toMatchObject({ id: "art_1__para_1__point_1", label: "Article 1(1)(1)", num: "1)", text: "“Terrorism” means:" });
  expect(provision.children.map((c: { id: string }) => c.id)).toEqual(["art_1__para_1__point_1__point_a", "art_1__para_1__point_1__point_b"]);
});

test("bad parameters are 400s naming the parameter, unknown ids 404s, all as JSON", async ({ request }) => {
  const bad = await request.get("/api/documents/NOT%20AN%20ID");
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(body.error.code).toBe("invalid_parameter");
  expect(body.error.message).toMatch(/^doc:/);
  const badProvision = await request.get("/api/documents/shanghai-convention-2001/editions/en-meher/provisions/art-1!");
  expect(badProvision.status()).toBe(400);
  expect((await badProvision.json()).error.message).toMatch(/^provisionId:/);
  const unknown = await request.get("/api/documents/no-such-doc");
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error).toEqual({ code: "not_found", message: 'Document "no-such-doc" was not found' });
  const nowhere = await request.get("/api/nowhere");
  expect(nowhere.status()).toBe(404);
  expect((await nowhere.json()).error.code).toBe("not_found");
});
