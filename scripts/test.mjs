#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in order — type check (`npm run typecheck`), unit
 * tests (scripts/unit-tests.mjs), then the Playwright tests against a production build and a fresh
 * database. The build skips its own type check, already done (SYNOPSIS_TYPECHECKED, read by
 * next.config.js). If no Chromium is installed it installs Debian's package (the only browser
 * install that works on these machines; see DEVELOPERS.md). Extra arguments go to Playwright
 * (e.g. `npm test -- e2e/reader.spec.ts`).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { chromiumPath } from "./browser.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function run(title, command, args, env = {}) {
  console.log(`\n── ${title}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed`);
    process.exit(result.status ?? 1);
  }
}

run("Type check", "npm", ["run", "--silent", "typecheck"]);
run("Unit tests", process.execPath, [path.join(root, "scripts", "unit-tests.mjs")]);

let browser = chromiumPath();
if (!browser) {
  if (process.getuid?.() === 0) {
    run("Installing Debian's chromium for the browser tests", "sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"]);
    browser = chromiumPath();
  }
  if (!browser) {
    console.error("No Chromium found. Install Debian's package as root (apt-get update && apt-get install -y chromium), or set CHROMIUM_PATH.");
    process.exit(1);
  }
}
// The Playwright web server (scripts/e2e-server.mjs, then start.mjs and next build) inherits this environment.
run("Browser tests (Playwright)", bin("playwright"), ["test", ...process.argv.slice(2)], { CHROMIUM_PATH: browser, SYNOPSIS_TYPECHECKED: "1" });
console.log("\n✓ All tests passed");
