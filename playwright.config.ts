import { defineConfig, devices } from "@playwright/test";
// @ts-expect-error: a plain .mjs helper shared with scripts/test.mjs
import { chromiumPath } from "./scripts/browser.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);
const asRoot = process.getuid?.() === 0;

/**
 * Browser tests run against a production build (`npm start`) on its own port with a fresh
 * database file, in Debian's Chromium (no browser download works on these machines).
 */
export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: (chromiumPath() as string | null) ?? undefined,
          args: [
            ...(asRoot ? ["--no-sandbox"] : []),
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/e2e-server.mjs`,
    url: `http://localhost:${port}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // Sign-ups are not limited by address here (every test account comes from 127.0.0.1); the
    // sign-in limits are left as in production and tested.
    env: { PORT: String(port), SYNOPSIS_DB: "data/e2e.sqlite", BETTER_AUTH_URL: `http://localhost:${port}`, SYNOPSIS_SIGNUP_PER_MINUTE: "1000" },
  },
});
