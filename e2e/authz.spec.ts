import { randomUUID } from "node:crypto";
import { apiClient, signUpApi } from "./accounts";
import { expect, test } from "./fixtures";

const BODY = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Authorisation check." }] }] };
const TARGET = { document: "shanghai-convention-2001", edition: "en-meher", provision: "art_1__para_2", start: 0, end: 12 };

test("every write route, as anonymous, as another user and as the author", async ({ baseURL }) => {
  const anonymous = await apiClient(baseURL!);
  const { api: author } = await signUpApi(baseURL!, "Author");
  const { api: other } = await signUpApi(baseURL!, "Other");

  // POST /api/annotations
  expect((await anonymous.post("/api/annotations", { data: { body: BODY, targets: [TARGET] } })).status()).toBe(401);
  const created = await author.post("/api/annotations", { data: { body: BODY, targets: [TARGET], tags: ["authz"] } });
  expect(created.status()).toBe(201);
  const note = (await created.json()).annotation;
  expect(note.targets[0].quote.exact).toBe("This Article");

  const unchanged = async () => {
    const now = (await (await author.get(`/api/annotations/${note.id}`)).json()).annotation;
    expect(now.version).toBe(note.version);
    expect(now.bodyText).toBe("Authorisation check.");
    expect(now.deleted).toBe(false);
  };

  // PATCH /api/annotations/{id}
  const edit = { version: 1, body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Changed." }] }] } };
  expect((await anonymous.patch(`/api/annotations/${note.id}`, { data: edit })).status()).toBe(401);
  const forbidden = await other.patch(`/api/annotations/${note.id}`, { data: edit });
  expect(forbidden.status()).toBe(403);
  expect((await forbidden.json()).error.code).toBe("forbidden");
  await unchanged();

  // DELETE /api/annotations/{id}
  expect((await anonymous.delete(`/api/annotations/${note.id}`)).status()).toBe(401);
  expect((await other.delete(`/api/annotations/${note.id}`)).status()).toBe(403);
  await unchanged();

  // Replies: anyone signed in may reply to a public note; anonymous may not.
  expect((await anonymous.post("/api/annotations", { data: { body: BODY, inReplyTo: note.id } })).status()).toBe(401);
  expect((await other.post("/api/annotations", { data: { body: BODY, inReplyTo: note.id } })).status()).toBe(201);

  // POST /api/annotations/import
  expect((await anonymous.post("/api/annotations/import", { data: { type: "AnnotationCollection" } })).status()).toBe(401);

  // The author may edit (with the right version) and delete; a stale version is a 409 that overwrites nothing.
  const ok = await author.patch(`/api/annotations/${note.id}`, { data: edit });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).annotation.version).toBe(2);
  const stale = await author.patch(`/api/annotations/${note.id}`, { data: { ...edit, body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Lost?" }] }] } } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.code).toBe("stale_version");
  expect((await (await author.get(`/api/annotations/${note.id}`)).json()).annotation.bodyText).toBe("Changed.");
  const deleted = await author.delete(`/api/annotations/${note.id}?version=2`);
  expect(deleted.status()).toBe(200);
  const after = (await (await anonymous.get(`/api/annotations/${note.id}`)).json()).annotation;
  expect(after).toMatchObject({ deleted: true, bodyText: "" });
  // Deleted notes cannot be edited.
  expect((await author.patch(`/api/annotations/${note.id}`, { data: { ...edit, version: 3 } })).status()).toBe(409);
});

test("bad input gets a 4xx naming the field, never a 500", async ({ baseURL }) => {
  const { api: author } = await signUpApi(baseURL!, "Careful");
  const cases: [unknown, number, RegExp][] = [
    [{ body: BODY }, 400, /^targets:/],
    [{ body: BODY, targets: [{ ...TARGET, provision: "art_99" }] }, 400, /^targets\[0\]\.provision:/],
    [{ body: BODY, targets: [{ ...TARGET, end: 99999 }] }, 400, /^targets\[0\]\.end:/],
    [{ body: { type: "doc", content: [{ type: "script", text: "x" }] }, targets: [TARGET] }, 400, /^body/],
    [{ body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] }, targets: [TARGET] }, 400, /href/],
    [{ body: BODY, targets: [TARGET], visibility: "everyone" }, 400, /^visibility:/],
    [{ body: BODY, targets: [TARGET], extra: 1 }, 400, /extra/],
  ];
  for (const [data, status, message] of cases) {
    const response = await author.post("/api/annotations", { data });
    expect(response.status(), JSON.stringify(data)).toBe(status);
    expect((await response.json()).error.message, JSON.stringify(data)).toMatch(message);
  }
  const notJson = await author.post("/api/annotations", { data: "not json", headers: { "content-type": "application/json" } });
  expect(notJson.status()).toBe(400);
  const huge = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x".repeat(70_000) }] }] };
  const tooLarge = await author.post("/api/annotations", { data: { body: huge, targets: [TARGET] } });
  expect(tooLarge.status()).toBe(413);
  expect((await author.get("/api/annotations/not-a-uuid")).status()).toBe(400);
});

test("sign-in is rate-limited per account and per address", async ({ baseURL }) => {
  const api = await apiClient(baseURL!, { "x-forwarded-for": `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });
  const email = `target-${randomUUID().slice(0, 8)}@example.org`;
  const statuses: number[] = [];
  for (let i = 0; i < 9; i++) statuses.push((await api.post("/api/auth/sign-in/email", { data: { email, password: "wrong password" } })).status());
  expect(statuses.slice(0, 8).every((s) => s === 401)).toBe(true);
  const limited = await api.post("/api/auth/sign-in/email", { data: { email, password: "wrong password" } });
  expect(limited.status()).toBe(429);
  expect(JSON.stringify(await limited.json())).toMatch(/Too many failed sign-ins for this account/);
});
