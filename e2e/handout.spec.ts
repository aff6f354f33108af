import { randomUUID } from "node:crypto";
import { signUp } from "./accounts";
import { expect, expectNoSeriousA11yViolations, hasSharedTexts, sharedTextsReason, test } from "./fixtures";
import { pdfText } from "./pdf";

const CHARTER_RATS = "left=sco-charter-2002:art_10&right=rats-agreement-2002:art_6";
const DEFINITIONS = "left=shanghai-convention-2001:art_1__para_1__point_1&right=us-nsct-2003:sec_1__para_2";

function body(text: string) {
  return { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
}

test("a handout on screen: title, rows side by side, sources, and a print button", async ({ page }) => {
  await page.goto(`/compare/handout?${CHARTER_RATS}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("SCO Charter, Article 10 and RATS Agreement, Article 6");
  const rows = page.getByRole("list", { name: "Aligned provisions" }).locator(":scope > li");
  await expect(rows).toHaveCount(2);
  await expect(rows.first().getByRole("heading", { level: 2, name: /^1\./ })).toHaveText("1. Article 10 / Article 6");
  await expect(rows.nth(1).getByRole("heading", { level: 2, name: /^2\./ })).toHaveText("2. Article 10 ¶2 / Article 6");
  await expect(rows.first()).toContainText("Related");
  await expect(rows.nth(1)).toContainText("Partial");
  // The two share few words, so those are marked (the "auto" mode); every difference on request.
  await expect(rows.first().locator("mark.diff--shared").first()).toBeVisible();
  await page.goto(`/compare/handout?${CHARTER_RATS}&marks=differences`);
  await expect(rows.first().locator("del.diff--delete").first()).toBeVisible();
  await expect(rows.first().locator("ins.diff--insert").first()).toBeVisible();
  const sources = page.getByRole("region", { name: "Sources" });
  await expect(sources).toContainText("Charter of the Shanghai Cooperation Organisation");
  await expect(sources).toContainText("Excerpt: Article 10 only");
  await expect(sources).toContainText("Manabhanjan Meher");
  await expect(sources).toContainText("Licence:");
  await expect(page.getByRole("region", { name: "Task" })).toHaveCount(0);

  // The button prints (window.print stubbed: no dialog in a test browser).
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute("data-printed", "yes");
  });
  await page.getByRole("button", { name: "Print this handout" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-printed", "yes");

  // On paper: no site header, no buttons.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print this handout" })).toBeHidden();
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a handout's title, and its notes: none, public, or public and mine", async ({ page, browser }) => {
  const tag = randomUUID().slice(0, 8);
  const ann = await signUp(browser, "Ann Handout");
  for (const data of [
    { body: body(`Public handout note ${tag}`), visibility: "public", targets: [{ document: "sco-charter-2002", edition: "en-meher", provision: "art_10__para_2", start: 0, end: 34 }] },
    { body: body(`Private handout note ${tag}`), visibility: "private", targets: [{ document: "rats-agreement-2002", edition: "en-meher", provision: "art_6__point_3", start: 0, end: 30 }] },
  ]) {
    expect((await ann.page.request.post("/api/annotations", { data })).status()).toBe(201);
  }

  await ann.page.goto(`/compare/handout?${CHARTER_RATS}&title=${encodeURIComponent("Week 3: who runs RATS?")}`);
  await expect(ann.page.getByRole("heading", { level: 1 })).toHaveText("Week 3: who runs RATS?");
  await expect(ann.page.getByText(`Public handout note ${tag}`)).toHaveCount(0);
  const choices = ann.page.getByRole("navigation", { name: "Notes in the handout" });
  await expect(choices.getByRole("link", { name: "No notes" })).toHaveAttribute("aria-current", "page");

  await choices.getByRole("link", { name: "Public notes", exact: true }).click();
  await expect(ann.page).toHaveURL(/notes=public&title=Week/);
  await expect(ann.page.getByRole("heading", { level: 1 })).toHaveText("Week 3: who runs RATS?");
  // On both rows (the whole Article 10 and its second paragraph).
  await expect(ann.page.getByText(`Public handout note ${tag}`)).toHaveCount(2);
  await expect(ann.page.getByText(`Private handout note ${tag}`)).toHaveCount(0);

  await choices.getByRole("link", { name: "Public notes and mine" }).click();
  await expect(ann.page).toHaveURL(/notes=mine/);
  await expect(ann.page.getByText(`Private handout note ${tag}`)).toHaveCount(2);
  await expect(ann.page.getByText("(private note)").first()).toBeVisible();
  await ann.context.close();

  // Not signed in, "mine" is the public notes, with a way to sign in.
  await page.goto(`/compare/handout?${CHARTER_RATS}&notes=mine`);
  await expect(page.getByText(`Public handout note ${tag}`).first()).toBeVisible();
  await expect(page.getByText(`Private handout note ${tag}`)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Sign in", exact: true }).last()).toBeVisible();
});

test("a bad address gets a visible error", async ({ page }) => {
  await page.goto("/compare/handout?left=sco-charter-2002:art_10&right=sco-charter-2002:nowhere");
  await expect(page.getByRole("alert").filter({ hasText: "This comparison cannot be" })).toContainText('right: no provision "nowhere"');
  await expect(page.getByRole("link", { name: "Choose texts to compare" })).toBeVisible();
});

test("no serious accessibility violations on the handout, light and dark", async ({ page }) => {
  await page.goto(`/compare/handout?${CHARTER_RATS}&notes=public`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousA11yViolations(page);
});

test("the definitions handout prints to an A4 PDF with both texts, the sources and page numbers", async ({ page }) => {
  test.skip(!hasSharedTexts, sharedTextsReason);
  await page.goto(`/compare/handout?${DEFINITIONS}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Shanghai Convention, Article 1(1)(1)");
  await page.emulateMedia({ media: "print" });
  const pdf = await pdfText(await page.pdf({ preferCSSPageSize: true }));
  const { pages } = pdf;
  const text = pdf.text.replace(/\s+/g, " ");
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(text).toContain("“Terrorism” means");
  expect(text).toContain("The enemy is not one person");
  expect(text).toContain("Manabhanjan Meher");
  expect(text).toContain("Project Gutenberg");
  expect(text).toContain("Excerpt: Article 1 only");
  expect(text).toContain("Full text");
  expect(text).toContain(`Page 1 of ${pages}`);
  // No screen controls on paper.
  expect(text).not.toContain("Print this handout");
  expect(text).not.toContain("Skip to content");
});
