#!/usr/bin/env node
/**
 * The server the browser tests and the benchmarks use: a fresh database file ($SYNOPSIS_DB), then
 * exactly what `npm start` does.
 */
import { rmSync } from "node:fs";
import path from "node:path";

const db = path.resolve(process.env.SYNOPSIS_DB ?? "data/e2e.sqlite");
for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
await import("./start.mjs");
