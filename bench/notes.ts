/**
 * Speed of notes, printed, never asserted: carrying 10,000 stored notes to a new NSCT edition
 * (database included), POST /api/annotations throughput against the bare SQLite insert rate, and
 * the full NSCT reader with 1,000 notes until its highlights are drawn.
 */
import { chromium } from "@playwright/test";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { carryNotesToEdition } from "../db/carry";
import { migrateDb, openDb, type Db } from "../db/client";
import { importCorpus, insertEdition } from "../db/import";
import { getProvisionTree } from "../db/queries/corpus";
import { flattenTree } from "../lib/align/types";
import { loadFullNsct } from "../lib/anchoring/test-support";
import type { BodyJson } from "../lib/annotations/types";
import { corpusFolders, sha256 } from "../lib/corpus/folders";
import type { ProvisionNode } from "../lib/corpus/types";
import { fullNsctTree, nsctMissing } from "../lib/test-support";
// @ts-expect-error: a plain .mjs helper shared with the test runner
import { chromiumPath } from "../scripts/browser.mjs";
import { editEdition, makeNotes } from "./anchoring";
import { seedNotes, seedUser } from "./seed";
import { describeTimes } from "./stats";

const BODY: BodyJson = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "A note for the benchmark." }] }] };

/** Store `count` notes by one author on the full NSCT as stored in the database. */
function seedNsctNotes(db: Db, count: number, seed: number, authorId: string): void {
  const provisions = flattenTree(getProvisionTree(db, "us-nsct-2003", "en-gutenberg")).map((p) => ({ id: p.id, text: p.text }));
  const targets = makeNotes("us-nsct-2003", { edition: "en-gutenberg", provisions }, count, seed);
  seedNotes(db, targets.map((target) => ({ authorId, target, text: "A note for the benchmark." })));
}

/** 10,000 notes stored on the full NSCT, carried to an edition with 2 % of its words edited. */
export function benchCarryInDatabase(): string[] {
  if (nsctMissing) return [`database carry-over skipped: ${nsctMissing}`];
  const dir = mkdtempSync(path.join(os.tmpdir(), "synopsis-bench-notes-"));
  try {
    const db = openDb(path.join(dir, "notes.sqlite"));
    migrateDb(db);
    importCorpus(db, corpusFolders());
    seedNsctNotes(db, 10_000, 2003, seedUser(db));
    // The new edition: the full text with 2 % of its words edited, same structure and ids.
    const tree = fullNsctTree();
    const { edited } = editEdition(loadFullNsct()!.provisions, 0.02, 29185);
    const texts = new Map(edited.map((p) => [p.id, p.text]));
    const retext = (list: readonly ProvisionNode[]): ProvisionNode[] => list.map((n) => ({ ...n, text: texts.get(n.id) ?? n.text, marks: [], children: retext(n.children) }));
    const text = JSON.stringify(edited);
    const meta = { id: "en-edited", language: "en", title: "Benchmark copy", source: { citation: "benchmark" }, licence: "n/a", completeness: "full" as const, summary: "Full text" };
    insertEdition(db, { documentId: "us-nsct-2003", meta, file: "bench", textFile: "bench", text, format: "text", textLine: 1, textHash: sha256(text), metaHash: sha256("m") }, retext(tree));
    const started = performance.now();
    const report = carryNotesToEdition(db, "us-nsct-2003", "en-edited");
    const elapsed = performance.now() - started;
    db.$client.close();
    return [
      `re-anchoring 10,000 stored notes onto a new NSCT edition (2 % of words edited), read + carry + write: ${elapsed.toFixed(0)} ms  [target <= 2000 ms]`,
      `    exact ${report.exact}, moved ${report.moved}, fuzzy ${report.fuzzy}, orphan ${report.orphan}`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Rows a second with one autocommit INSERT each, on a file database set up like the app's. */
function bareInsertRate(): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), "synopsis-bench-insert-"));
  try {
    const sqlite = new Database(path.join(dir, "bare.sqlite"));
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.exec("create table t (id text primary key, body text not null, created text not null)");
    const insert = sqlite.prepare("insert into t values (?, ?, ?)");
    const n = 20_000;
    const started = performance.now();
    for (let i = 0; i < n; i++) insert.run(randomUUID(), JSON.stringify(BODY), new Date().toISOString());
    const rate = n / ((performance.now() - started) / 1000);
    sqlite.close();
    return rate;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** POST /api/annotations under load, and the full NSCT reader with 1,000 notes. */
export async function benchNotesServer(url: string, dbFile: string): Promise<string[]> {
  const lines: string[] = [];
  const email = `bench-${randomUUID().slice(0, 8)}@example.org`;
  const signUp = await fetch(`${url}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url },
    body: JSON.stringify({ name: "Bench", email, password: `pw-${randomUUID()}` }),
  });
  const cookie = (signUp.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
  if (!signUp.ok || !cookie) return [`notes server bench skipped: could not sign up (${signUp.status})`];
  const userId = ((await signUp.json()) as { user: { id: string } }).user.id;

  const bare = bareInsertRate();
  const body = JSON.stringify({ body: BODY, targets: [{ document: "shanghai-convention-2001", edition: "en-meher", provision: "art_1__para_2", start: 0, end: 12 }] });
  const result = await autocannon({ url: `${url}/api/annotations`, method: "POST", connections: 10, duration: 10, headers: { "content-type": "application/json", cookie }, body });
  lines.push(
    `POST /api/annotations, 10 connections for 10 s: ${result.requests.average.toFixed(0)} req/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.non2xx} non-2xx, ${result.errors} errors  [target >= 1500 req/s, p99 <= 30 ms]`,
    `    bare better-sqlite3 autocommit INSERT in the same run: ${bare.toFixed(0)} rows/s`,
  );

  if (nsctMissing) return [...lines, `reader with 1,000 notes skipped: ${nsctMissing}`];
  const db = openDb(dbFile);
  seedNsctNotes(db, 1_000, 1000, userId);
  db.$client.close();
  const browser = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: process.getuid?.() === 0 ? ["--no-sandbox"] : [] });
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage();
    await page.goto(`${url}/documents/us-nsct-2003`, { waitUntil: "commit" });
    await page.waitForFunction(() => document.querySelectorAll(".ProseMirror .note-marker").length >= 1000, null, { timeout: 60_000, polling: 20 });
    times.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  await browser.close();
  lines.push(describeTimes("full NSCT reader with 1,000 notes, navigation to all highlights drawn in the ProseMirror view", times));
  return lines;
}
