import type { Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { signUp } from "./accounts";
import { expect, expectNoSeriousA11yViolations, hasSharedTexts, sharedTextsReason, test } from "./fixtures";

const CHARTER_RATS = "left=sco-charter-2002:art_10&right=rats-agreement-2002:art_6";
const QUOTE_VS_FULL = "left=us-nsct-2003@en-meher:sec_1__para_2&right=us-nsct-2003@en-gutenberg:sec_1__para_2";

/** The whole address, exactly (so that a stray parameter is caught). */
function exactly(path: string): RegExp {
  return new RegExp(`^http://[^/]+${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
}

function layer(page: Page) {
  return page.getByRole("region", { name: "Presentation" });
}

/** A comment body of one paragraph. */
function body(text: string) {
  return { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
}

test("one row at a time: the keys step through the rows, the address follows, Escape leaves", async ({ page }) => {
  await page.goto(`/compare/present?${CHARTER_RATS}`);
  const present = layer(page);
  await expect(present.getByText("Row 1 of 2", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Article 10 / Article 6" })).toBeVisible();
  // The site's header is out of the way; the presentation has its own bar.
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(present.getByText("Related", { exact: true })).toBeVisible();
  await expect(present.getByText(/^\d+% similar$/)).toBeVisible();
  await expect(present.getByText(/makes the regional Counter-terrorist Structure/)).toBeVisible();
  // Marked as in the compare view: these two share few words, so the shared words are marked.
  await expect(present.locator(".slide__col--left mark.diff--shared").first()).toBeVisible();
  await expect(present.locator(".slide__col--right mark.diff--shared").first()).toBeVisible();
  await expect(present).toBeFocused();

  const status = present.getByRole("status").filter({ hasText: /^Row/ });
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(exactly(`/compare/present?${CHARTER_RATS}&row=2`));
  await expect(page.getByRole("heading", { level: 2, name: "Article 10 ¶2 / Article 6" })).toBeVisible();
  await expect(present.getByText("Row 2 of 2", { exact: true })).toBeVisible();
  await expect(status).toHaveText("Row 2 of 2: Article 10 ¶2 / Article 6");
  await expect(present).toBeFocused();

  // Past the last row: nothing moves, and it is said.
  await page.keyboard.press("ArrowRight");
  await expect(present.getByRole("status").filter({ hasText: "This is the last row." })).toBeAttached();
  await expect(page).toHaveURL(/row=2$/);

  await page.keyboard.press("ArrowLeft");
  await expect(page).toHaveURL(exactly(`/compare/present?${CHARTER_RATS}&row=1`));
  await expect(status).toHaveText("Row 1 of 2: Article 10 / Article 6");
  await page.keyboard.press("End");
  await expect(page).toHaveURL(/row=2$/);
  await page.keyboard.press("Home");
  await expect(page).toHaveURL(/row=1$/);
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/row=2$/);
  await page.keyboard.press("PageUp");
  await expect(page).toHaveURL(/row=1$/);
  await page.keyboard.press("PageDown");
  await expect(page).toHaveURL(/row=2$/);

  // The address reproduces the view.
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Article 10 ¶2 / Article 6" })).toBeVisible();
  await expect(present.getByText("Row 2 of 2", { exact: true })).toBeVisible();

  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(exactly(`/compare?${CHARTER_RATS}`));
  await expect(page.getByRole("list", { name: /Aligned provisions/ })).toBeVisible();
  await expect(page.locator(".site-header")).toBeVisible();
});

test("the Previous / Next links, and row numbers out of range", async ({ page }) => {
  await page.goto(`/compare/present?${CHARTER_RATS}&row=99`);
  const present = layer(page);
  await expect(present.getByText("Row 2 of 2", { exact: true })).toBeVisible();
  await present.getByRole("link", { name: "Previous row" }).click();
  await expect(page).toHaveURL(/row=1$/);
  await expect(page.getByRole("heading", { level: 2, name: "Article 10 / Article 6" })).toBeVisible();
  await present.getByRole("link", { name: "Next row" }).click();
  await expect(page).toHaveURL(/row=2$/);
  await expect(present.getByRole("link", { name: "Next row" })).toHaveCount(0);
  await page.goto(`/compare/present?${CHARTER_RATS}&row=0`);
  await expect(present.getByText("Row 1 of 2", { exact: true })).toBeVisible();
  await page.goto(`/compare/present?${CHARTER_RATS}&row=two`);
  await expect(present.getByText("Row 1 of 2", { exact: true })).toBeVisible();
});

test("notes on the row's provisions: the reader's own and the public ones, shown or hidden", async ({ page, browser }) => {
  const tag = randomUUID().slice(0, 8);
  const ann = await signUp(browser, "Ann Presenter");
  const created = await Promise.all([
    ann.page.request.post("/api/annotations", {
      data: { body: body(`Public note ${tag}: the Structure comes first.`), visibility: "public", targets: [{ document: "sco-charter-2002", edition: "en-meher", provision: "art_10__para_1", start: 0, end: 40 }] },
    }),
    ann.page.request.post("/api/annotations", {
      data: { body: body(`Private note ${tag}: ask about function 1.`), visibility: "private", targets: [{ document: "rats-agreement-2002", edition: "en-meher", provision: "art_6__point_1", start: 0, end: 40 }] },
    }),
  ]);
  for (const response of created) expect(response.status()).toBe(201);

  // Ann sees both notes on row 1 (her private one too), and her private one on row 2.
  await ann.page.goto(`/compare/present?${CHARTER_RATS}`);
  const notes = layer(ann.page).getByRole("region", { name: /Notes on this row/ });
  const publicNote = notes.getByRole("listitem").filter({ hasText: `Public note ${tag}` });
  const privateNote = notes.getByRole("listitem").filter({ hasText: `Private note ${tag}` });
  await expect(publicNote).toContainText("Ann Presenter");
  await expect(publicNote).toContainText("SCO Charter, Article 10 ¶1");
  await expect(publicNote).toContainText("“The regional Counter-terrorist Structure”");
  await expect(privateNote).toContainText("(only you)");
  await expect(privateNote).toContainText("“Developing proposals and recommendations”");
  await ann.page.keyboard.press("ArrowRight");
  await expect(ann.page).toHaveURL(/row=2$/);
  await expect(privateNote).toBeVisible();
  await expect(publicNote).toHaveCount(0);

  // Hide and show: the address says which.
  await layer(ann.page).getByRole("link", { name: "Hide notes" }).click();
  await expect(ann.page).toHaveURL(exactly(`/compare/present?${CHARTER_RATS}&row=2&notes=hide`));
  await expect(notes).toHaveCount(0);
  await ann.page.reload();
  await expect(notes).toHaveCount(0);
  await ann.page.keyboard.press("ArrowLeft");
  await expect(ann.page).toHaveURL(exactly(`/compare/present?${CHARTER_RATS}&row=1&notes=hide`));
  await layer(ann.page).getByRole("link", { name: "Show notes" }).click();
  await expect(ann.page).toHaveURL(exactly(`/compare/present?${CHARTER_RATS}&row=1`));
  await expect(publicNote).toBeVisible();
  await ann.page.keyboard.press("n");
  await expect(ann.page).toHaveURL(/row=1&notes=hide$/);
  await expect(notes).toHaveCount(0);
  await ann.context.close();

  // Someone not signed in sees the public note only.
  await page.goto(`/compare/present?${CHARTER_RATS}`);
  await expect(layer(page).getByText(`Public note ${tag}`)).toBeVisible();
  await expect(layer(page).getByText(`Private note ${tag}`)).toHaveCount(0);
});

test("works without JavaScript: real links to the next row and out", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/compare/present?${CHARTER_RATS}`);
  await expect(layer(page).getByText("Row 1 of 2", { exact: true })).toBeVisible();
  await layer(page).getByRole("link", { name: "Next row" }).click();
  await expect(page).toHaveURL(exactly(`/compare/present?${CHARTER_RATS}&row=2`));
  await expect(page.getByRole("heading", { level: 2, name: "Article 10 ¶2 / Article 6" })).toBeVisible();
  await layer(page).getByRole("link", { name: "Leave presentation (Esc)" }).click();
  await expect(page).toHaveURL(exactly(`/compare?${CHARTER_RATS}`));
  await context.close();
});

test("a bad address gets a visible error and a way back", async ({ page }) => {
  await page.goto("/compare/present?left=sco-charter-2002:art_10&right=nowhere");
  await expect(page.getByRole("alert").filter({ hasText: "This comparison cannot be" })).toContainText('right: no document "nowhere" in the library');
  await page.getByRole("link", { name: "Choose texts to compare" }).click();
  await expect(page).toHaveURL(/\/compare$/);
});

test("no serious accessibility violations, light and dark", async ({ page }) => {
  await page.goto(`/compare/present?${CHARTER_RATS}&row=2`);
  await expect(layer(page).getByText("Row 2 of 2", { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoSeriousA11yViolations(page);
});

test.describe("with the full NSCT", () => {
  test.beforeEach(() => {
    test.skip(!hasSharedTexts, sharedTextsReason);
  });

  test("Meher's quotation against the full text, in large type, with the same marks as the compare view", async ({ page }) => {
    await page.goto(`/compare/present?${QUOTE_VS_FULL}`);
    const present = layer(page);
    await expect(present.getByText("Row 1 of 1", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Introduction ¶2 / Introduction ¶2" })).toBeVisible();
    await expect(present.getByText("Same provision", { exact: true })).toBeVisible();
    await expect(present.getByText("97% similar")).toBeVisible();
    await expect(present.locator(".slide__col--left del")).toHaveText(["-", " ", "s", "s"]);
    await expect(present.locator(".slide__col--right ins")).toHaveText(["-", ",", "z", "."]);
    await expect(present.locator(".slide__col--right")).toContainText("Full text, Project Gutenberg transcription");
    const size = await present.locator(".slide__col--left .provision__text").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    await page.keyboard.press("ArrowRight");
    await expect(present.getByRole("status").filter({ hasText: "This is the last row." })).toBeAttached();
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(exactly(`/compare?${QUOTE_VS_FULL}`));
    await expectNoSeriousA11yViolations(page);
  });

  test("three or more texts: the base and each text's aligned cell", async ({ page }) => {
    await page.goto("/compare/present?texts=shanghai-convention-2001:art_1__para_1__point_1,us-nsct-2003:sec_1__para_2,sco-charter-2002:art_10,rats-agreement-2002:art_6");
    const present = layer(page);
    await expect(present.getByText(/^Row 1 of \d+$/)).toBeVisible();
    await expect(present.locator(".slide__col")).toHaveCount(4);
    await expect(present.locator(".slide__col").first()).toContainText("Base");
    await expect(present.getByText(/% similar to the base/).first()).toBeVisible();
    await expect(present.locator("ins.diff--insert").first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
