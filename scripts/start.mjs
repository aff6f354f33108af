#!/usr/bin/env node
/**
 * `npm start`: build the app if the sources are newer than the last build, create and migrate
 * the database and import the corpus (db/prepare.ts), then serve on $PORT (default 3000).
 * A second start with nothing changed skips the build and the import writes nothing.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function newest(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((max, name) => Math.max(max, newest(path.join(entry, name))), stat.mtimeMs);
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const buildId = path.join(root, ".next", "BUILD_ID");
const sources = ["app", "lib", "db", "package.json", "package-lock.json", "next.config.js", "tsconfig.json"];
if (!existsSync(buildId) || Math.max(...sources.map(newest)) > statSync(buildId).mtimeMs) {
  console.log("Building the app (first start, or the sources changed)...");
  run(bin("next"), ["build"]);
}

run(bin("tsx"), ["db/prepare.ts"]);

const port = process.env.PORT ?? "3000";
const server = spawn(bin("next"), ["start", "-p", port], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
