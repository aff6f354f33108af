#!/usr/bin/env node
/**
 * `npm run test:unit`, and the unit step of `npm test`: `node --import tsx --test` on every
 * `*.test.ts` under lib/ and db/. The files are listed here because Node 20's `--test` takes no
 * glob patterns (they came in Node 21).
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);

/** Every *.test.ts under `dir`, in name order. */
function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return testFiles(full);
      return entry.name.endsWith(".test.ts") ? [full] : [];
    });
}

const result = spawnSync(process.execPath, ["--import", "tsx", "--test", ...["lib", "db"].flatMap(testFiles)], { stdio: "inherit" });
process.exit(result.status ?? 1);
