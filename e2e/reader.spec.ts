import { expect, expectNoSeriousA11yViolations, hasSharedTexts, sharedTextsReason, test } from "./fixtures";

const POINT_B = "art_1__para_1__point_1__point_b";

test("open the Convention from the library and follow a contents link", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Shanghai Convention on Combating Terrorism, Separatism and Extremism" }).click();
  await expect(page).toHaveURL(/\/documents\/shanghai-convention-2001$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shanghai Convention on Combating Terrorism, Separatism and Extremism");
  // The text is mounted in a read-only ProseMirror view.
  await expect(page.locator(".ProseMirror[contenteditable=false]")).toBeVisible();
  await expect(page.getByText("Excerpt: Article 1 only").first()).toBeVisible();

  await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "Article 1(2)" }).click();
  await expect(page).toHaveURL(/#art_1__para_2$/);
  const target = page.locator("#art_1__para_2");
  await expect(target).toHaveClass(/is-target/);
  await expect(target).toBeInViewport();
  await expect(target).toContainText("This Article shall not affect any international treaty");
});

test("a deep link to point b) of Article 1 scrolls to it and marks it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto(`/documents/shanghai-convention-2001#${POINT_B}`);
  const point = page.locator(`#${POINT_B}`);
  await expect(point).toHaveClass(/is-target/);
  await expect(point).toBeInViewport();
  await expect(point).toContainText("Other act intended to cause death or serious bodily injury to a civilian");
  await expect(point.getByRole("link", { name: /^Article 1\(1\)\(1\)\(b\)/ })).toBeVisible();
  await expect(point.getByRole("link", { name: "Compare Article 1(1)(1)(b) with…" })).toHaveAttribute("href", /left=shanghai-convention-2001@en-meher:art_1__para_1__point_1__point_b/);
  // Only one provision is marked.
  await expect(page.locator(".provision.is-target")).toHaveCount(1);
});

test("the provenance panel says where the text comes from", async ({ page }) => {
  await page.goto("/documents/shanghai-convention-2001/editions/en-meher");
  const panel = page.getByRole("complementary", { name: "About this text" });
  await expect(panel).toContainText("Manabhanjan Meher");
  await expect(panel).toContainText("000_3e8a8291dcea6464.txt, lines 41-54");
  await expect(panel).toContainText("Licence");
  await expect(panel.getByText("Excerpt: Article 1 only")).toBeVisible();
});

test("the full NSCT edition shows the definition paragraph, the same id as the quoted one", async ({ page }) => {
  test.skip(!hasSharedTexts, sharedTextsReason);
  await page.goto("/documents/us-nsct-2003#sec_1__para_2");
  await expect(page.getByRole("complementary", { name: "About this text" }).getByText("Full text", { exact: true })).toBeVisible();
  const definition = page.locator("#sec_1__para_2");
  await expect(definition).toHaveClass(/is-target/);
  await expect(definition).toContainText("The enemy is terrorism--premeditated, politically motivated violence perpetrated against noncombatant targets");
  await expect(definition.getByRole("link", { name: /^Introduction ¶2/ })).toBeVisible();
  await page.goto("/documents/us-nsct-2003/editions/en-meher#sec_1__para_2");
  await expect(page.locator("#sec_1__para_2")).toContainText("The enemy is terrorism-premeditated, politically motivated violence perpetrated against non-combatant targets");
});

test("unknown documents, editions and provisions are 404s", async ({ page, request, consoleErrors }) => {
  const response = await page.goto("/documents/no-such-treaty");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  expect((await page.goto("/documents/shanghai-convention-2001/editions/no-such-edition"))?.status()).toBe(404);
  const api = await request.get("/api/documents/shanghai-convention-2001/editions/en-meher/provisions/art_99");
  expect(api.status()).toBe(404);
  expect((await api.json()).error.code).toBe("not_found");
  // The browser logs each 404 response it was asked to load; those are this test's point.
  const expected = consoleErrors.filter((e) => /status of 404/.test(e));
  expect(expected.length).toBeGreaterThan(0);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !expected.includes(e)));
});

test("the reader works by keyboard alone: skip link, contents, copy link", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/documents/shanghai-convention-2001");
  await expect(page.locator(".ProseMirror")).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  // Tab forward to the contents entry for Article 1(1) and follow it.
  const tocLink = page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "Article 1(1)" });
  for (let i = 0; i < 30 && !(await tocLink.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(tocLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#art_1__para_1$/);
  await expect(page.locator("#art_1__para_1")).toHaveClass(/is-target/);

  // Focus lands on the provision, so the next Tab reaches its own controls.
  await expect(page.locator("#art_1__para_1")).toBeFocused();
  await page.keyboard.press("Tab");
  // The marked provision says so in words too ("linked"), not by colour alone.
  await expect(page.locator("#art_1__para_1").getByRole("link", { name: "Article 1(1) (linked)", exact: true })).toBeFocused();
  await page.keyboard.press("Tab");
  const copy = page.getByRole("button", { name: "Copy link to Article 1(1)", exact: true });
  await expect(copy).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "copied" })).toHaveText("Link to Article 1(1) copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/documents\/shanghai-convention-2001#art_1__para_1$/);
});

test("the reader reads and links without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/documents/rats-agreement-2002");
  await expect(page.locator("#art_6__point_12")).toContainText("Establishing and maintaining contacts with international organizations");
  await expect(page.locator(".provision--point")).toHaveCount(12);
  await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "Article 6(4)" }).click();
  await expect(page).toHaveURL(/#art_6__point_4$/);
  await expect(page.locator("#art_6__point_4")).toBeInViewport();
  await context.close();
});

test("the reader has no serious accessibility violations", async ({ page }) => {
  // axe walks the whole full-text reader (hundreds of provisions and controls): give it time.
  test.setTimeout(120_000);
  await page.goto(`/documents/shanghai-convention-2001#${POINT_B}`);
  await expect(page.locator(".ProseMirror")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  if (hasSharedTexts) {
    await page.goto("/documents/us-nsct-2003");
    await expect(page.locator(".ProseMirror")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  }
});

test("on a phone the site's links all fit and the reader stacks into one column", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/documents/shanghai-convention-2001");
  await expect(page.locator(".ProseMirror")).toBeVisible();
  // Nothing wider than the screen: every site link can be seen and tapped.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  for (const name of ["Library", "Compare", "Seminars", "Analysis", "Search", "Sign in"]) {
    await expect(page.getByRole("banner").getByRole("link", { name, exact: true })).toBeInViewport();
  }
  // Contents, then the text: one above the other, each the width of the page.
  const contents = await page.getByRole("navigation", { name: "Contents" }).boundingBox();
  const text = await page.locator(".reader__main").boundingBox();
  expect(contents && text).toBeTruthy();
  expect(text!.y).toBeGreaterThan(contents!.y + contents!.height - 1);
  expect(text!.width).toBeGreaterThan(330);

  // Long headings and labels wrap, and wide tables scroll inside their frames.
  const pages = ["/analysis/elements", "/compare?left=shanghai-convention-2001:art_1&right=sco-charter-2002:art_10", ...(hasSharedTexts ? ["/documents/us-nsct-2003"] : [])];
  for (const path of pages) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
  }
});
