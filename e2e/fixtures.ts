import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { existsSync } from "node:fs";
import path from "node:path";

/** True when the full NSCT text (../shared/texts) is present, as on CI. */
export const hasSharedTexts = existsSync(path.resolve(process.cwd(), "../shared/texts/us-nsct-2003/29185.txt"));
export const sharedTextsReason = "../shared/texts is not present in this clone: the full NSCT edition is not imported";

/**
 * The test object every spec uses: it fails a test when the page logged a console error or
 * threw an uncaught exception, so "zero console errors" holds on every page we visit.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors on the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Run axe and fail on any serious or critical violation, listing them. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
