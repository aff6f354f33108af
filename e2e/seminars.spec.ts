import { selectText, signUp, writeComment } from "./accounts";
import { pdfText } from "./pdf";
import { expect, expectNoSeriousA11yViolations, hasSharedTexts, sharedTextsReason, test } from "./fixtures";

const COMPARISON = "/compare?left=shanghai-convention-2001:art_1__para_1__point_1&right=us-nsct-2003:sec_1__para_2";

test("a seminar from start to finish: assignment, two students, gated notes, overview, CSV", async ({ browser }) => {
  test.skip(!hasSharedTexts, sharedTextsReason);
  test.setTimeout(120_000);
  const teacher = await signUp(browser, "Teacher");
  const ada = await signUp(browser, "Ada");
  const ben = await signUp(browser, "Ben");

  // The instructor creates a seminar.
  const t = teacher.page;
  await t.goto("/seminars");
  await expectNoSeriousA11yViolations(t);
  await t.getByLabel("Name").fill("Definitions of terrorism");
  await t.getByLabel("Term").fill("Winter 2026/27");
  await t.getByRole("button", { name: "Create seminar" }).click();
  await expect(t.getByRole("heading", { level: 1 })).toHaveText("Definitions of terrorism");
  const seminarUrl = t.url();
  const code = (await t.locator(".join-code").textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expectNoSeriousA11yViolations(t);

  // ... and an assignment on the two definitions, set from the compare view.
  await t.goto(COMPARISON);
  await t.getByRole("link", { name: "Set as an assignment…" }).click();
  await t.getByRole("link", { name: "In Definitions of terrorism" }).click();
  await expect(t.getByRole("heading", { level: 1 })).toHaveText("New assignment");
  await expect(t.getByLabel(/^Comparison/)).toHaveValue(/left=shanghai-convention-2001:art_1__para_1__point_1&right=us-nsct-2003:sec_1__para_2/);
  await t.getByLabel("Title").fill("Two definitions");
  await t.getByRole("textbox", { name: "Prompt" }).click();
  await t.keyboard.type("Which elements of the US definition are missing from the Convention?");
  await t.getByRole("checkbox", { name: /peers' notes only after posting/ }).check();
  await expectNoSeriousA11yViolations(t);
  await t.getByRole("button", { name: "Set assignment" }).click();
  await expect(t.getByRole("heading", { level: 1 })).toHaveText("Two definitions");
  const assignmentUrl = t.url();
  await expect(t.getByRole("region", { name: "Prompt" })).toContainText("Which elements of the US definition");

  // Both students join by code.
  for (const student of [ada, ben]) {
    await student.page.goto("/seminars");
    await student.page.getByLabel("Join code").fill(code.toLowerCase().replace(/-/g, " "));
    await student.page.getByRole("button", { name: "Join" }).click();
    await expect(student.page.getByRole("heading", { level: 1 })).toHaveText("Definitions of terrorism");
    await student.page.getByRole("link", { name: "Two definitions" }).click();
    await expect(student.page.getByRole("region", { name: "Prompt" })).toContainText("Which elements");
  }

  // Ada posts first; Ben, who has posted nothing, does not see her note (even after reloading).
  const a = ada.page;
  await selectText(a, ".crow__cell--right .ProseMirror", "politically motivated violence");
  await a.getByRole("button", { name: "Annotate the selected passage" }).click();
  await expect(a.getByRole("radio", { name: "Seminar: Definitions of terrorism" })).toBeChecked();
  await writeComment(a, "Political motivation is what the Convention lacks.");
  await a.getByRole("button", { name: "Save note" }).click();
  await expect(a.getByRole("article", { name: /by Ada$/ })).toContainText("Political motivation is what the Convention lacks.");

  const b = ben.page;
  await b.reload();
  await expect(b.getByRole("region", { name: "Prompt" })).toContainText("once you have posted your first note");
  await expect(b.getByText("Political motivation is what the Convention lacks.")).toHaveCount(0);
  await selectText(b, ".crow__cell--left .ProseMirror", "intimidate a population");
  await b.getByRole("button", { name: "Annotate the selected passage" }).click();
  await writeComment(b, "The Convention requires a purpose too: intimidation.");
  await b.getByRole("button", { name: "Save note" }).click();
  // Having posted, Ben now sees Ada's note, and replies to it.
  const adasNote = b.getByRole("article", { name: /by Ada$/ }).filter({ hasText: "Political motivation" });
  await expect(adasNote).toBeVisible();
  await adasNote.getByRole("button", { name: "Reply to Ada" }).click();
  await writeComment(b, "But intimidation is not the same as politics.", "Your reply");
  await b.getByRole("button", { name: "Post reply" }).click();
  await expect(adasNote.getByRole("article", { name: "Reply by Ben" })).toBeVisible();
  await expectNoSeriousA11yViolations(b);

  // The instructor's overview shows both students, their counts and notes; the CSV holds them.
  await t.goto(`${assignmentUrl}/overview`);
  const students = t.getByRole("table", { name: "Students" });
  await expect(students.getByRole("row", { name: /Ada/ })).toContainText("1");
  await expect(students.getByRole("row", { name: /Ben/ }).getByRole("cell")).toHaveText(["1", "1", "0"]);
  await expect(t.getByRole("region", { name: /^Ada/ })).toContainText("Political motivation is what the Convention lacks.");
  await expect(t.getByRole("region", { name: /^Ben/ })).toContainText("But intimidation is not the same as politics.");
  const heat = t.getByRole("table", { name: "Where discussion concentrated" });
  await expect(heat.getByRole("row", { name: /Introduction ¶2/ })).toContainText("2");
  await expectNoSeriousA11yViolations(t);
  const csv = await (await t.request.get(`${assignmentUrl.replace("/seminars/", "/api/seminars/")}/export`)).text();
  expect(csv).toContain("Political motivation is what the Convention lacks.");
  expect(csv).toContain("The Convention requires a purpose too: intimidation.");
  expect(csv).toContain("But intimidation is not the same as politics.");

  // In class: the comparison presented one row at a time, stepped through by keyboard.
  await t.goto(assignmentUrl);
  await t.getByRole("link", { name: "Present in class" }).click();
  await expect(t.getByText(/^Row 1 of \d+/).first()).toBeVisible();
  await t.keyboard.press("ArrowRight");
  await expect(t).toHaveURL(/row=2/);
  await expect(t.getByText(/^Row 2 of \d+/).first()).toBeVisible();
  await t.keyboard.press("ArrowLeft");
  await expect(t).toHaveURL(/row=1/);
  await t.keyboard.press("Escape");
  await expect(t).toHaveURL(/\/compare\?left=/);

  // The handout prints to a PDF with the prompt, both provisions and the seminar's notes.
  await t.goto(`${assignmentUrl}/handout?notes=seminar`);
  await expectNoSeriousA11yViolations(t);
  await t.emulateMedia({ media: "print" });
  const text = (await pdfText(await t.pdf({ format: "A4" }))).text.replace(/\s+/g, " ");
  expect(text).toContain("Which elements of the US definition are missing from the Convention?");
  expect(text).toContain("Terrorism” means:");
  expect(text).toContain("The enemy is not one person");
  expect(text).toContain("Political motivation is what the Convention lacks.");
  await t.emulateMedia({ media: "screen" });

  // The seminar page lists the activity.
  await t.goto(seminarUrl);
  await expect(t.getByRole("list", { name: "Recent activity" })).toContainText("Ben");
  for (const person of [teacher, ada, ben]) await person.context.close();
});

test("a removed member's notes stay, marked as from a former member; co-instructors can be promoted", async ({ browser }) => {
  const teacher = await signUp(browser, "Teacher");
  const cleo = await signUp(browser, "Cleo");
  const t = teacher.page;
  await t.goto("/seminars");
  await t.getByLabel("Name").fill("Seminar with a leaver");
  await t.getByRole("button", { name: "Create seminar" }).click();
  await expect(t.getByRole("heading", { level: 1 })).toHaveText("Seminar with a leaver");
  const code = (await t.locator(".join-code").textContent())!.trim();
  const seminarId = t.url().split("/").pop()!;

  await cleo.page.goto(`/join/${code}`);
  await cleo.page.getByRole("button", { name: "Join" }).click();
  await expect(cleo.page.getByRole("heading", { level: 1 })).toHaveText("Seminar with a leaver");
  // Cleo writes a seminar note in the reader.
  await cleo.page.goto("/documents/sco-charter-2002");
  await selectText(cleo.page, "#art_10__para_1 .provision__text", "a standing SCO body");
  await cleo.page.getByRole("button", { name: "Annotate the selected passage" }).click();
  await cleo.page.getByRole("radio", { name: "Seminar: Seminar with a leaver" }).check();
  await writeComment(cleo.page, "A note for the seminar only.");
  await cleo.page.getByRole("button", { name: "Save note" }).click();
  await expect(cleo.page.getByRole("article", { name: /by Cleo$/ })).toContainText("A note for the seminar only.");

  await t.reload();
  t.once("dialog", (d) => d.accept());
  await t.getByRole("button", { name: "Remove Cleo" }).click();
  await expect(t.getByRole("list", { name: "Members" }).getByRole("listitem").filter({ hasText: "Cleo" })).toContainText("former member");
  await t.goto("/documents/sco-charter-2002");
  await expect(t.getByRole("article", { name: /by Cleo$/ })).toContainText("(former member)");
  // Cleo no longer sees the seminar (404) nor its notes.
  expect((await cleo.page.goto(`/seminars/${seminarId}`))?.status()).toBe(404);
  await cleo.page.goto("/documents/sco-charter-2002");
  await expect(cleo.page.getByRole("article", { name: /by Cleo$/ })).toContainText("A note for the seminar only."); // her own
  await teacher.context.close();
  await cleo.context.close();
});
