import { expect, request, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";

/** A person using the app in their own browser context. */
export interface Person {
  name: string;
  email: string;
  password: string;
  context: BrowserContext;
  page: Page;
}

/** Create an account through the sign-up form, in a new browser context, and stay signed in. */
export async function signUp(browser: Browser, name: string): Promise<Person> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${randomUUID().slice(0, 8)}@example.org`;
  const password = `pass-${randomUUID()}`;
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill(name);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("link", { name: `Your account (${name})` })).toBeVisible();
  return { name, email, password, context, page };
}

/** A client of the API with the Origin header the server asks of writes (and any others given). */
export function apiClient(baseURL: string, headers: Record<string, string> = {}): Promise<APIRequestContext> {
  return request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL, ...headers } });
}

/** An account made through the sign-up API, signed in on its own API client. */
export interface ApiAccount {
  api: APIRequestContext;
  id: string;
  email: string;
  password: string;
}

/** Create an account through the sign-up API, without a browser (for tests of the API itself). */
export async function signUpApi(baseURL: string, name: string): Promise<ApiAccount> {
  const api = await apiClient(baseURL);
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${randomUUID().slice(0, 8)}@example.org`;
  const password = `pw-${randomUUID()}`;
  const response = await api.post("/api/auth/sign-up/email", { data: { name, email, password } });
  expect(response.status()).toBe(200);
  return { api, id: (await response.json()).user.id, email, password };
}

/**
 * Select `phrase` inside the element matched by `selector` (its first occurrence, across the text
 * nodes that highlights split it into, leaving out buttons), as a person would by dragging.
 */
export async function selectText(page: Page, selector: string, phrase: string): Promise<void> {
  await page.locator(selector).first().waitFor();
  await page.evaluate(
    ({ selector, phrase }) => {
      const root = document.querySelector(selector)!;
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest("button")) nodes.push(node as Text);
      const whole = nodes.map((n) => n.data).join("");
      const at = whole.indexOf(phrase);
      if (at < 0) throw new Error(`"${phrase}" is not in ${selector}`);
      const locate = (offset: number, end: boolean): [Text, number] => {
        let seen = 0;
        for (const node of nodes) {
          if (offset < seen + node.data.length || (end && offset === seen + node.data.length)) return [node, offset - seen];
          seen += node.data.length;
        }
        throw new Error("offset out of range");
      };
      const range = document.createRange();
      range.setStart(...locate(at, false));
      range.setEnd(...locate(at + phrase.length, true));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { selector, phrase },
  );
}

/** Write a comment in the composer's editor (a ProseMirror field). */
export async function writeComment(page: Page, text: string, label = "Your note"): Promise<void> {
  const editor = page.getByRole("textbox", { name: label });
  await editor.click();
  await page.keyboard.type(text);
}
