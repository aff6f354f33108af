import { expect, expectNoSeriousA11yViolations, hasSharedTexts, sharedTextsReason, test } from "./fixtures";

test("the library lists the five documents with a completeness badge each", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Library" })).toBeVisible();
  const items = page.getByRole("list", { name: "Documents" }).getByRole("article");
  await expect(items).toHaveCount(5);

  const convention = page.getByRole("article", { name: "Shanghai Convention on Combating Terrorism, Separatism and Extremism" });
  await expect(convention.getByText("Excerpt: Article 1 only").first()).toBeVisible();
  await expect(convention).toContainText("Shanghai, 15 June 2001");
  await expect(page.getByRole("article", { name: "Charter of the Shanghai Cooperation Organisation" }).getByText("Excerpt: Article 10 only").first()).toBeVisible();
  await expect(page.getByRole("article", { name: /Regional Anti-Terrorist Structure/ }).getByText(/^Excerpt: Article 6 only/).first()).toBeVisible();
  await expect(page.getByRole("article", { name: /Dushanbe Declaration/ }).getByText("Excerpt: Articles 1, 5 and 10 only").first()).toBeVisible();
});

test("the NSCT is marked as a full text, with its excerpt edition listed too", async ({ page }) => {
  test.skip(!hasSharedTexts, sharedTextsReason);
  await page.goto("/");
  const nsct = page.getByRole("article", { name: "National Strategy for Combating Terrorism" });
  await expect(nsct.getByText("Full text", { exact: true }).first()).toBeVisible();
  await expect(nsct.getByRole("link", { name: "The definition of terrorism, as quoted by Meher" })).toBeVisible();
  await expect(nsct.getByText(/^Excerpt: The definition paragraph only/)).toBeVisible();
});

test("the library has no serious accessibility violations", async ({ page }) => {
  await page.goto("/");
  await expectNoSeriousA11yViolations(page);
});
