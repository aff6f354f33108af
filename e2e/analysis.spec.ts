import { randomUUID } from "node:crypto";
import { codingAgreement } from "../lib/agreement";
import { selectText, signUp, signUpApi, writeComment } from "./accounts";
import { expect, expectNoSeriousA11yViolations, hasSharedTexts, sharedTextsReason, test } from "./fixtures";

const CONVENTION = "/documents/shanghai-convention-2001/editions/en-meher";
const POINT_B = "#art_1__para_1__point_1__point_b .provision__text";

test("search a phrase that stands in the Convention and in a note, and open a hit", async ({ browser }) => {
  const alice = await signUp(browser, "Alice");
  const page = alice.page;
  await page.goto(CONVENTION);
  await selectText(page, POINT_B, "compel public authorities");
  await page.getByRole("button", { name: "Annotate the selected passage" }).click();
  const marker = `marker${randomUUID().slice(0, 6)}`;
  await writeComment(page, `The words to compel public authorities recur in later instruments (${marker}).`);
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByRole("article", { name: /by Alice$/ }).filter({ hasText: marker })).toBeVisible();

  await page.goto("/search");
  await page.getByRole("searchbox", { name: "Words" }).fill(`"compel public authorities"`);
  await page.getByRole("button", { name: "Search" }).click();
  const texts = page.getByRole("region", { name: /In the texts/ });
  const notes = page.getByRole("region", { name: /In notes/ });
  await expect(texts.getByRole("link", { name: "Shanghai Convention, Article 1(1)(1)(b)" })).toBeVisible();
  await expect(texts.locator("mark.search-hit", { hasText: /^compel$/i }).first()).toBeVisible();
  await expect(notes.getByText(marker)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Prefix and diacritics: "intimid*" finds "intimidate"; the API says the same.
  const api = await (await page.request.get("/api/search?q=intimid*&kind=text")).json();
  expect(api.text.some((h: { provision: string }) => h.provision === "art_1__para_1__point_1__point_b")).toBe(true);
  // A malformed query is explained, not a database error.
  await page.getByRole("searchbox", { name: "Words" }).fill(`"political violence`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "closing quote" })).toBeVisible();
  const bad = await page.request.get(`/api/search?q=${encodeURIComponent('"political violence')}`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toMatch(/closing quote/);

  // Opening a hit lands on the provision in the reader.
  await page.goto(`/search?q=${encodeURIComponent('"compel public authorities"')}&kind=text`);
  await page.getByRole("link", { name: "Shanghai Convention, Article 1(1)(1)(b)" }).click();
  await expect(page).toHaveURL(/#art_1__para_1__point_1__point_b$/);
  await expect(page.locator("#art_1__para_1__point_1__point_b")).toHaveClass(/is-target/);
  await alice.context.close();
});

test("code the Convention's and the US strategy's definitions and see them in the matrix", async ({ browser }) => {
  test.skip(!hasSharedTexts, sharedTextsReason);
  const coder = await signUp(browser, "Coder");
  const page = coder.page;
  await page.goto(CONVENTION);
  await selectText(page, POINT_B, "intended to cause death or serious bodily injury to a civilian");
  await page.getByRole("button", { name: "Code the selected passage" }).click();
  const composer = page.getByRole("region", { name: "Code a passage" });
  await composer.getByRole("checkbox", { name: "Violence, force" }).check();
  await composer.getByRole("checkbox", { name: "Civilians, non-combatants as victims" }).check();
  await composer.getByRole("button", { name: "Save coding" }).click();
  await expect(page.getByRole("article", { name: /^Coding \d+ by Coder$/ })).toContainText("Violence, force · Civilians, non-combatants as victims");

  await page.goto("/documents/us-nsct-2003#sec_1__para_2");
  await selectText(page, "#sec_1__para_2 .provision__text", "politically motivated violence perpetrated against noncombatant targets");
  await page.getByRole("button", { name: "Code the selected passage" }).click();
  await page.getByRole("checkbox", { name: "Violence, force" }).check();
  await page.getByRole("checkbox", { name: "Political", exact: true }).check();
  await page.getByRole("button", { name: "Save coding" }).click();
  await expect(page.getByRole("article", { name: /^Coding \d+ by Coder$/ })).toContainText("Political");

  await page.goto("/analysis/elements");
  const matrix = page.getByRole("table", { name: "Elements by instrument" });
  const violence = matrix.getByRole("row", { name: /^Violence, force/ });
  await expect(violence.getByRole("cell").nth(0)).toContainText("Present"); // Shanghai Convention
  await expect(violence.getByRole("cell").nth(3)).toContainText("Present"); // US strategy
  await expect(violence.getByRole("cell").last()).toHaveText("83.5 %");
  const political = matrix.getByRole("row", { name: /^Political/ });
  await expect(political.getByRole("cell").nth(3)).toContainText("Present");
  await expect(matrix.getByRole("row", { name: /^Civilians/ }).getByRole("cell").nth(0)).toContainText("Present");
  await expect(page.getByRole("img", { name: /Heat map/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const csv = await (await page.request.get("/api/analysis/elements?format=csv")).text();
  expect(csv).toMatch(/violence,"?Violence, force"?,/);
  await coder.context.close();
});

test("two students code the same provisions; the instructor sees alpha and kappa", async ({ browser, baseURL }) => {
  test.skip(!hasSharedTexts, sharedTextsReason);
  const teacher = await signUpApi(baseURL!, "Teacher");
  const ada = await signUpApi(baseURL!, "Ada");
  const ben = await signUpApi(baseURL!, "Ben");
  const seminar = (await (await teacher.api.post("/api/seminars", { data: { name: "Coding seminar" } })).json()).seminar.id;
  const code = (await (await teacher.api.get(`/api/seminars/${seminar}`)).json()).seminar.joinCode;
  for (const student of [ada, ben]) expect((await student.api.post("/api/seminars/join", { data: { code } })).status()).toBe(200);
  const assignment = (
    await (
      await teacher.api.post(`/api/seminars/${seminar}/assignments`, {
        data: {
          title: "Code the definitions",
          prompt: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Code both definitions against Schmid's elements." }] }] },
          compare: "/compare?left=shanghai-convention-2001:art_1__para_1__point_1&right=us-nsct-2003:sec_1__para_2",
          opensAt: "2020-01-01T00:00:00Z",
          dueAt: "2030-01-01T00:00:00Z",
        },
      })
    ).json()
  ).assignment.id;

  const pointB = { document: "shanghai-convention-2001", edition: "en-meher", provision: "art_1__para_1__point_1__point_b", start: 0, end: 9 };
  const nsct = { document: "us-nsct-2003", edition: "en-gutenberg", provision: "sec_1__para_2", start: 0, end: 9 };
  const codings: [typeof ada, typeof pointB, string[]][] = [
    [ada, pointB, ["violence", "intimidation"]],
    [ada, nsct, ["violence", "political"]],
    [ben, pointB, ["violence"]],
    [ben, nsct, ["violence", "political", "fear"]],
  ];
  for (const [who, target, elements] of codings) {
    const response = await who.api.post("/api/annotations", { data: { targets: [target], assignmentId: assignment, codes: { codebook: "schmid-1984", elements } } });
    expect(response.status(), await response.text()).toBe(201);
  }

  // The figures the page must show, from the same library the tests of lib/agreement check.
  const units = ["art_1__para_1__point_1", "art_1__para_1__point_1__point_a", "art_1__para_1__point_1__point_b"].map((p) => `shanghai-convention-2001:${p}`).concat("us-nsct-2003:sec_1__para_2");
  // The elements someone found, in codebook order (the page leaves the others out).
  const elements = ["violence", "political", "fear", "intimidation"];
  const expected = codingAgreement({
    coders: [ada.id, ben.id],
    units,
    elements,
    codings: codings.flatMap(([who, target, codes]) => codes.map((element) => ({ coder: who.id, unit: `${target.document}:${target.provision}`, element }))),
  });

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(teacher.email);
  await page.getByLabel("Password").fill(teacher.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: "Your account (Teacher)" })).toBeVisible();
  await page.goto(`/seminars/${seminar}/assignments/${assignment}`);
  await page.getByRole("link", { name: "Agreement between coders" }).click();
  const overall = page.getByRole("region", { name: "Overall" });
  await expect(overall).toContainText(`${expected.overall.alpha!.toFixed(3)}`);
  await expect(overall).toContainText(`${expected.overall.kappa!.toFixed(3)}`);
  await expect(overall).toContainText("Cohen's kappa");
  await expect(page.getByRole("table", { name: "Per element" }).getByRole("row", { name: /^Violence, force/ })).toContainText("1.000");
  await expect(page.getByRole("list", { name: "Where coders disagree most" })).toContainText("Intimidation");
  await expectNoSeriousA11yViolations(page);
  await context.close();
});
