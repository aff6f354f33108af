import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { selectText, signUp, writeComment } from "./accounts";
import { expect, expectNoSeriousA11yViolations, hasSharedTexts, sharedTextsReason, test } from "./fixtures";

const CONVENTION = "/documents/shanghai-convention-2001/editions/en-meher";
const POINT_B = "#art_1__para_1__point_1__point_b .provision__text";

test("A's note on Article 1(1)(1)(b) appears live for B, B replies, A sees the reply", async ({ browser }) => {
  const alice = await signUp(browser, "Alice");
  const bob = await signUp(browser, "Bob");
  await alice.page.goto(CONVENTION);
  await bob.page.goto(CONVENTION);
  await expect(bob.page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();

  await selectText(alice.page, POINT_B, "intimidate a population");
  await alice.page.getByRole("button", { name: "Annotate the selected passage" }).click();
  const composer = alice.page.getByRole("region", { name: "New note" });
  await expect(composer.getByLabel(/Passage 1/)).toHaveValue("intimidate a population");
  await writeComment(alice.page, "Is intimidation alone enough to make an act terrorism?");
  await composer.getByLabel("Tags (separated by commas)").fill("intent, definition");
  await composer.getByRole("button", { name: "Save note" }).click();

  const aliceNote = alice.page.getByRole("article", { name: /^Note \d+ by Alice$/ }).filter({ hasText: "Is intimidation alone enough" });
  await expect(aliceNote).toBeVisible();
  await expect(alice.page.locator(".note-hl", { hasText: "intimidate a population" })).toBeVisible();

  // Bob did not reload: the note arrives through the live channel.
  const bobSees = bob.page.getByRole("article", { name: /^Note \d+ by Alice$/ }).filter({ hasText: "Is intimidation alone enough" });
  await expect(bobSees).toBeVisible({ timeout: 5_000 });
  await expect(bobSees.getByRole("list", { name: "Tags" })).toHaveText("#definition#intent");
  await bobSees.getByRole("button", { name: "Reply to Alice" }).click();
  await writeComment(bob.page, "Only together with the purpose clause, I would say.", "Your reply");
  await bob.page.getByRole("button", { name: "Post reply" }).click();
  await expect(bobSees.getByRole("article", { name: "Reply by Bob" })).toContainText("Only together with the purpose clause");

  await expect(aliceNote.getByRole("article", { name: "Reply by Bob" })).toContainText("Only together with the purpose clause", { timeout: 5_000 });

  // Clicking the highlight's marker focuses the note in the panel.
  const noteId = await aliceNote.getAttribute("data-note-card");
  await alice.page.locator(`.note-marker[data-note="${noteId}"]`).first().click();
  await expect(aliceNote).toHaveClass(/is-focused/);
  await alice.context.close();
  await bob.context.close();
});

test("editing keeps the history; deleting shows 'deleted' and keeps the thread", async ({ browser }) => {
  const alice = await signUp(browser, "Alice");
  const page = alice.page;
  await page.goto(CONVENTION);
  await selectText(page, "#art_1__para_2 .provision__text", "This Article shall not affect");
  await page.keyboard.press("Control+Alt+M");
  await writeComment(page, "First thought.");
  await page.getByRole("button", { name: "Save note" }).click();
  const note = page.getByRole("article", { name: /^Note \d+ by Alice$/ }).filter({ hasText: "First thought." });
  await expect(note).toBeVisible();

  await note.getByRole("button", { name: "Edit your note" }).click();
  const editor = page.getByRole("textbox", { name: "Your note" });
  await editor.click();
  await page.keyboard.press("End");
  await page.keyboard.type(" And a second one.");
  await page.getByRole("button", { name: "Save changes" }).click();
  const edited = page.getByRole("article", { name: /^Note \d+ by Alice$/ }).filter({ hasText: "First thought. And a second one." });
  await expect(edited).toBeVisible();
  await edited.getByText("Edited — history (2 versions)").click();
  await expect(edited.locator(".note__history")).toContainText("Version 1");
  await expect(edited.locator(".note__history")).toContainText("First thought.");

  const id = await edited.getAttribute("data-note-card");
  page.once("dialog", (dialog) => dialog.accept());
  await edited.getByRole("button", { name: "Delete your note" }).click();
  await expect(page.locator(`[data-note-card="${id}"]`)).toContainText("This note was deleted by its author.");
  await expect(page.locator(`[data-note-card="${id}"]`)).not.toContainText("First thought.");
  await alice.context.close();
});

test("a private note is invisible to others", async ({ browser }) => {
  const alice = await signUp(browser, "Alice");
  const bob = await signUp(browser, "Bob");
  await alice.page.goto(CONVENTION);
  await selectText(alice.page, "#art_1__para_1__point_2 .provision__text", "territorial integrity");
  await alice.page.getByRole("button", { name: "Annotate the selected passage" }).click();
  await writeComment(alice.page, "My private reminder about territorial integrity.");
  await alice.page.getByRole("radio", { name: "Only me" }).check();
  await alice.page.getByRole("button", { name: "Save note" }).click();
  const mine = alice.page.getByRole("article", { name: /by Alice$/ }).filter({ hasText: "My private reminder" });
  await expect(mine.getByText("Only you")).toBeVisible();
  const id = (await mine.getAttribute("data-note-card"))!;

  await bob.page.goto(CONVENTION);
  await expect(bob.page.getByRole("heading", { name: "Notes" })).toBeVisible();
  await expect(bob.page.getByText("My private reminder")).toHaveCount(0);
  expect((await bob.page.request.get(`/api/annotations/${id}`)).status()).toBe(404);
  const list = await (await bob.page.request.get("/api/annotations?document=shanghai-convention-2001")).json();
  expect(list.annotations.map((n: { id: string }) => n.id)).not.toContain(id);
  await alice.context.close();
  await bob.context.close();
});

test("a two-passage note from the compare view shows on both sides and in both readers", async ({ browser }) => {
  test.skip(!hasSharedTexts, sharedTextsReason);
  const alice = await signUp(browser, "Alice");
  const page = alice.page;
  await page.goto("/compare?left=shanghai-convention-2001:art_1__para_1__point_1__point_b&right=us-nsct-2003:sec_1__para_2");
  await expect(page.locator(".crow__cell--left .ProseMirror")).toBeVisible();
  await selectText(page, ".crow__cell--left .ProseMirror", "a civilian");
  await page.getByRole("button", { name: "Annotate the selected passage" }).click();
  await selectText(page, ".crow__cell--right .ProseMirror", "noncombatant targets");
  await page.getByRole("button", { name: "Add the selected passage to the note" }).click();
  const composer = page.getByRole("region", { name: "New note" });
  await expect(composer.getByLabel(/Passage 1/)).toHaveValue("a civilian");
  await expect(composer.getByLabel(/Passage 2/)).toHaveValue("noncombatant targets");
  await writeComment(page, "The Convention says civilian where the US says noncombatant.");
  await composer.getByRole("button", { name: "Save note" }).click();
  await expect(page.locator(".crow__cell--left .note-hl", { hasText: "a civilian" })).toBeVisible();
  await expect(page.locator(".crow__cell--right .note-hl", { hasText: "noncombatant targets" })).toBeVisible();

  await page.goto("/documents/us-nsct-2003#sec_1__para_2");
  await expect(page.locator(".note-hl", { hasText: "noncombatant targets" })).toBeVisible();
  await expect(page.getByRole("article", { name: /by Alice$/ })).toContainText("civilian where the US says noncombatant");
  await page.goto(CONVENTION);
  await expect(page.locator(".note-hl", { hasText: "a civilian" })).toBeVisible();
  await alice.context.close();
});

test("annotating by keyboard alone", async ({ browser }) => {
  const alice = await signUp(browser, "Alice");
  const page = alice.page;
  await page.goto(CONVENTION);
  await expect(page.locator(".ProseMirror")).toBeVisible();
  const annotate = page.getByRole("button", { name: "Annotate Article 1(2)" });
  await page.locator("#art_1__para_2").focus();
  for (let i = 0; i < 10 && !(await annotate.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(annotate).toBeFocused();
  await page.keyboard.press("Enter");
  const passage = page.getByLabel(/Passage 1: Shanghai Convention Article 1\(2\)/);
  await expect(passage).toHaveValue(/^This Article shall not affect/);
  // The composer opens in the comment field; Shift+Tab back to the passage to narrow it.
  const editor = page.getByRole("textbox", { name: "Your note" });
  await expect(editor).toBeFocused();
  for (let i = 0; i < 15 && !(await passage.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Shift+Tab");
  await expect(passage).toBeFocused();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("any national law of the parties");
  for (let i = 0; i < 15 && !(await editor.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(editor).toBeFocused();
  await page.keyboard.type("Typed without a mouse.");
  await page.keyboard.press("Control+Enter");
  const note = page.getByRole("article", { name: /by Alice$/ }).filter({ hasText: "Typed without a mouse." });
  await expect(note).toBeVisible();
  await expect(note.locator(".note__quote")).toHaveText("any national law of the parties");
  await alice.context.close();
});

test("exports contain the note: Markdown, CSV and W3C JSON-LD", async ({ browser }) => {
  const alice = await signUp(browser, "Alice");
  const page = alice.page;
  await page.goto(CONVENTION);
  await selectText(page, "#art_1__para_1__point_3 .provision__text", "illegal armed formations");
  await page.getByRole("button", { name: "Annotate the selected passage" }).click();
  await writeComment(page, "Export me, with = signs and \"quotes\".");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByRole("article", { name: /by Alice$/ }).filter({ hasText: "Export me" })).toBeVisible();
  const markdown = await (await page.request.get("/api/annotations/export?format=markdown&document=shanghai-convention-2001&edition=en-meher")).text();
  expect(markdown).toContain("> illegal armed formations");
  expect(markdown).toContain("Export me");
  expect(markdown).toContain("Article 1(1)(3)");
  const csv = await (await page.request.get("/api/annotations/export?format=csv&document=shanghai-convention-2001&edition=en-meher")).text();
  expect(csv).toContain("illegal armed formations");
  expect(csv).toContain('"Export me, with = signs and ""quotes""."');
  const jsonld = await (await page.request.get("/api/annotations/export?format=jsonld&document=shanghai-convention-2001")).json();
  expect(jsonld.type).toBe("AnnotationCollection");
  const item = jsonld.first.items.find((i: { body: { value: string }[] }) => i.body.some((b) => b.value.includes("Export me")));
  expect(item.target[0].selector).toEqual(expect.arrayContaining([expect.objectContaining({ type: "TextQuoteSelector", exact: "illegal armed formations" })]));
  // Importing the export again changes nothing (the ids are already here).
  const response = await page.request.post("/api/annotations/import", { data: jsonld });
  const imported = await response.json();
  expect(response.status(), JSON.stringify(imported)).toBe(200);
  expect(imported.imported).toBe(0);
  await alice.context.close();
});

test("notes survive a new edition: carried over, and an orphan listed with its quote", async ({ browser }) => {
  const alice = await signUp(browser, "Alice");
  const page = alice.page;
  await page.goto(CONVENTION);
  await selectText(page, POINT_B, "to intimidate a population, violate public security");
  await page.getByRole("button", { name: "Annotate the selected passage" }).click();
  await writeComment(page, "This one should survive.");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByRole("article", { name: /by Alice$/ }).filter({ hasText: "This one should survive." })).toBeVisible();
  await selectText(page, POINT_B, "as well as to organise, plan, aid, and abet such act");
  await page.getByRole("button", { name: "Annotate the selected passage" }).click();
  await writeComment(page, "This one will be orphaned.");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByRole("article", { name: /by Alice$/ }).filter({ hasText: "This one will be orphaned." })).toBeVisible();

  // A fixture edition: the real Convention file with a few words changed and one clause removed.
  const source = readFileSync("texts/shanghai-convention-2001/en-meher.md", "utf8").split("---\n").slice(2).join("---\n");
  const fixture = source
    .replace(", as well as to organise, plan, aid, and abet such act", "")
    .replace("violate public security", "violate the public security");
  expect(fixture).not.toBe(source);
  const dir = mkdtempSync(path.join(os.tmpdir(), "synopsis-e2e-"));
  const file = path.join(dir, "convention-fixture.md");
  writeFileSync(file, fixture);
  const edition = `fixture-${Date.now()}`;
  const output = execFileSync(
    "node_modules/.bin/tsx",
    ["db/import-cli.ts", file, "--document", "shanghai-convention-2001", "--edition", edition, "--title", "Test fixture (words changed)", "--completeness", "excerpt", "--summary", "Test fixture"],
    { env: { ...process.env, SYNOPSIS_DB: "data/e2e.sqlite" }, encoding: "utf8" },
  );
  expect(output).toMatch(/Notes carried over from the other editions: \d+ anchored exactly, \d+ moved, \d+ fuzzily .*, \d+ orphaned/);

  await page.goto(`/documents/shanghai-convention-2001/editions/${edition}`);
  const survivor = page.getByRole("article", { name: /by Alice$/ }).filter({ hasText: "This one should survive." });
  await expect(survivor).toBeVisible();
  await expect(survivor.getByText(/Needs review: the words changed/)).toBeVisible();
  // Its highlight covers the changed words (other notes' highlights may cut it into pieces).
  const id = await survivor.getAttribute("data-note-card");
  await expect.poll(async () => (await page.locator(`.note-hl[data-note="${id}"]`).allTextContents()).join("")).toContain("intimidate a population, violate the public security");
  const orphans = page.getByRole("region", { name: /Orphaned notes/ });
  await expect(orphans).toContainText("This one will be orphaned.");
  await expect(orphans).toContainText("as well as to organise, plan, aid, and abet such act");
  await alice.context.close();
});

test("the reader with notes and an open composer has no serious accessibility violations", async ({ browser }) => {
  const alice = await signUp(browser, "Alice");
  const page = alice.page;
  await page.goto(CONVENTION);
  await selectText(page, POINT_B, "serious bodily injury");
  await page.getByRole("button", { name: "Annotate the selected passage" }).click();
  await writeComment(page, "Axe check.");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByRole("article", { name: /by Alice$/ }).filter({ hasText: "Axe check." })).toBeVisible();
  await page.getByRole("article", { name: /by Alice$/ }).filter({ hasText: "Axe check." }).getByRole("button", { name: "Reply to Alice" }).click();
  await expectNoSeriousA11yViolations(page);
  await page.goto("/sign-in");
  await expectNoSeriousA11yViolations(page);
  await alice.context.close();
});
