import { expect, expectNoSeriousA11yViolations, hasSharedTexts, sharedTextsReason, test } from "./fixtures";

const DEFINITIONS = "/compare?left=shanghai-convention-2001:art_1__para_1__point_1&right=us-nsct-2003:sec_1__para_2";
const QUOTE_VS_FULL = "/compare?left=us-nsct-2003@en-meher:sec_1__para_2&right=us-nsct-2003@en-gutenberg:sec_1__para_2";

test.beforeEach(() => {
  test.skip(!hasSharedTexts, sharedTextsReason);
});

test("from the library to the two definitions of terrorism, with their differences marked", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Compare the Shanghai Convention with…" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare Shanghai Convention with…");
  // Curated counterparts come first, each saying why it holds; suggestions are marked as such.
  const curated = page.getByRole("link", { name: "Compare Article 1(1)(1) with US National Strategy (NSCT) Introduction ¶2" });
  await expect(curated).toBeVisible();
  await curated.click();
  await expect(page).toHaveURL(/left=shanghai-convention-2001@en-meher:art_1__para_1__point_1&right=us-nsct-2003@en-gutenberg:sec_1__para_2/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Shanghai Convention, Article 1(1)(1)");
  const rows = page.getByRole("list", { name: /Aligned provisions/ }).getByRole("listitem");
  await expect(rows.first()).toContainText("Equivalent");
  await expect(rows.first()).toContainText("Each is its instrument's definition of terrorism");
  await expect(page.getByText(/% similar/).first()).toBeVisible();
  // The two definitions share few words: those are marked, and every difference is one click away.
  await expect(page.locator(".ProseMirror mark.diff--shared").first()).toBeVisible();
  await rows.first().getByRole("link", { name: "Mark every difference" }).click();
  await expect(page).toHaveURL(/marks=differences/);
  await expect(page.locator(".ProseMirror del.diff--delete").first()).toBeVisible();
  await expect(page.locator(".ProseMirror ins.diff--insert").first()).toBeVisible();
});

test("step through the differences with n and p, then swap and switch to redline", async ({ page }) => {
  await page.goto(QUOTE_VS_FULL);
  await expect(page.locator(".ProseMirror").first()).toBeVisible();
  const status = page.getByRole("group", { name: "Differences" }).getByRole("status");
  await page.keyboard.press("n");
  await expect(status).toHaveText(/^Difference 1 of \d+ in Introduction ¶2/);
  const first = page.locator(":focus");
  await expect(first).toHaveAttribute("data-diff", /insert|delete|move/);
  await page.keyboard.press("n");
  await expect(status).toHaveText(/^Difference 2 of/);
  await page.keyboard.press("p");
  await expect(status).toHaveText(/^Difference 1 of/);
  await expect(page.locator(".diff.is-current")).toHaveCount(1);

  await page.getByRole("link", { name: "⇄ Swap sides" }).click();
  await expect(page).toHaveURL(/left=us-nsct-2003@en-gutenberg:sec_1__para_2&right=us-nsct-2003@en-meher:sec_1__para_2/);
  await expect(page.locator(".compare-heads__side").first()).toContainText("Full text, Project Gutenberg transcription");

  await page.getByRole("link", { name: "Show as redline" }).click();
  await expect(page).toHaveURL(/view=redline/);
  const redline = page.locator(".crow__cell--redline");
  await expect(redline).toHaveCount(1);
  await expect(redline.locator("del.diff--delete").first()).toBeVisible();
  await expect(redline.locator("ins.diff--insert").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Show side by side" })).toBeVisible();
});

test("Meher's quotation against the full text shows only the small differences", async ({ page }) => {
  await page.goto(QUOTE_VS_FULL);
  const left = page.locator(".crow__cell--left");
  const right = page.locator(".crow__cell--right");
  // non-combatant / noncombatant: only the hyphen; terrorise / terrorize: one letter each side.
  await expect(left.locator("del")).toHaveText(["-", " ", "s", "s"]);
  await expect(right.locator("ins")).toHaveText(["-", ",", "z", "."]);
  await expect(page.locator(".compare-summary")).toContainText("97% similar");
});

test("an option changed in the form lives in the link, and the copied link reproduces the view", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(QUOTE_VS_FULL);
  await page.getByText("Change texts and options").click();
  await page.getByRole("checkbox", { name: "Ignore punctuation" }).check();
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await expect(page).toHaveURL(/ignore=punctuation/);
  // Dashes and commas no longer count; the spelling and the space still do.
  await expect(page.locator(".crow__cell--right ins")).toHaveText(["z"]);
  await expect(page.locator(".crow__cell--left del")).toHaveText([" ", "s", "s"]);
  await page.getByRole("button", { name: "Copy link to this view" }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain("ignore=punctuation");
  await page.goto("/");
  await page.goto(link);
  await expect(page.locator(".crow__cell--right ins")).toHaveText(["z"]);
  await page.getByText("Change texts and options").click();
  await expect(page.getByRole("checkbox", { name: "Ignore punctuation" })).toBeChecked();
});

test("the pickers are keyboard-usable comboboxes that choose document, edition and provision", async ({ page }) => {
  await page.goto("/compare");
  const left = page.getByRole("group", { name: "Left text" });
  const right = page.getByRole("group", { name: "Right text" });
  await left.getByRole("combobox", { name: "Document" }).selectOption("rats-agreement-2002");
  await left.getByRole("combobox", { name: "Provision" }).selectOption({ label: "\u00a0\u00a0Article 6(8)" });
  await right.getByRole("combobox", { name: "Document" }).focus();
  await right.getByRole("combobox", { name: "Document" }).selectOption("shanghai-convention-2001");
  await right.getByRole("combobox", { name: "Provision" }).selectOption({ label: "\u00a0\u00a0Article 1(1)" });
  await page.keyboard.press("Tab"); // to the edition... then submit by keyboard
  await page.getByRole("button", { name: "Compare", exact: true }).press("Enter");
  await expect(page).toHaveURL(/left=rats-agreement-2002:art_6__point_8&right=shanghai-convention-2001:art_1__para_1/);
  await expect(page.locator(".crow__note").first()).toContainText("Function 8) is assisting in the international search");
});

test("three or more texts in columns against a base: the definitions view", async ({ page }) => {
  await page.goto("/compare");
  await page.getByRole("link", { name: "All four instruments side by side, against the Convention's definition" }).click();
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveCount(4);
  await expect(table.getByRole("columnheader").first()).toContainText("Base: Shanghai Convention");
  await expect(table.getByRole("columnheader").nth(1)).toContainText("% similar to the base");
  await expect(table.locator("mark.diff--shared").first()).toBeVisible();
});

test("the comparison reads without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(QUOTE_VS_FULL);
  await expect(page.locator(".crow__cell--right ins")).toHaveText(["-", ",", "z", "."]);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Introduction ¶2");
  await context.close();
});

test("bad compare addresses get a visible error, and the API a JSON 400 or 404", async ({ page, request }) => {
  await page.goto("/compare?left=shanghai-convention-2001&right=nowhere");
  await expect(page.getByRole("alert").filter({ hasText: "This comparison cannot be shown" })).toContainText('right: no document "nowhere" in the library');
  const bad = await request.get("/api/compare?left=shanghai-convention-2001&right=us-nsct-2003&granularity=letters");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toMatch(/^granularity:/);
  const missing = await request.get("/api/compare?left=shanghai-convention-2001:art_9&right=us-nsct-2003");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.message).toMatch(/^left: no provision "art_9"/);
});

test("GET /api/compare returns aligned rows with word-level segments and statistics", async ({ request }) => {
  const response = await request.get(`/api${QUOTE_VS_FULL}`);
  expect(response.status()).toBe(200);
  const body = await response.json();
  const [pair] = body.comparisons;
  expect(pair.rows).toHaveLength(1);
  const [row] = pair.rows;
  expect(row.alignment).toMatchObject({ kind: "same-id", source: "provision-id" });
  expect(row.diff.granularity).toBe("word");
  const changes = row.diff.segments.filter((s: { op: string }) => s.op !== "equal").map((s: { op: string; text: string }) => `${s.op}:${s.text}`);
  expect(changes).toEqual(expect.arrayContaining(["insert:,", "delete:s", "insert:z"]));
  expect(row.stats.similarity).toBe(97);
});

test("the compare pages have no serious accessibility violations", async ({ page }) => {
  await page.goto(DEFINITIONS);
  await expect(page.locator(".ProseMirror").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto("/compare?texts=shanghai-convention-2001:art_1__para_1__point_1,us-nsct-2003:sec_1__para_2,sco-charter-2002:art_10,rats-agreement-2002:art_6");
  await expectNoSeriousA11yViolations(page);
  await page.goto("/compare?left=shanghai-convention-2001:art_1__para_1__point_1");
  await expectNoSeriousA11yViolations(page);
});
