/**
 * Speed of search and analysis, printed, never asserted: the search API over the corpus with
 * 100,000 notes (p50 and p99 over common, rare, phrase and prefix queries), and the elements
 * matrix page with 10,000 codings. Seeds the bench server's database directly.
 */
import { openDb, type Db } from "../db/client";
import { getProvisionTree } from "../db/queries/corpus";
import { flattenTree } from "../lib/align/types";
import { describePassage } from "../lib/anchoring";
import { random } from "../lib/test-support";
import { seedNotes, seedUser, type NoteSeed } from "./seed";
import { timeRequests } from "./server";
import { describeTimes } from "./stats";

const SCHMID_CODES = ["violence", "political", "fear", "threat", "psychological", "intimidation", "civilians", "criminal"];

/** Store `count` notes (or codings) by 20 readers, with bodies made of corpus words; returns the time taken in ms. */
function seed(db: Db, count: number, seedValue: number, coding: boolean): number {
  const started = performance.now();
  const next = random(seedValue);
  const authors = Array.from({ length: 20 }, () => seedUser(db));
  const editions = [
    ["us-nsct-2003", "en-gutenberg"],
    ["shanghai-convention-2001", "en-meher"],
    ["rats-agreement-2002", "en-meher"],
  ] as const;
  const texts = editions.map(([doc, ed]) => ({ doc, ed, provisions: flattenTree(getProvisionTree(db, doc, ed)).filter((p) => p.text.split(/\s+/).length >= 6) }));
  const vocabulary = texts.flatMap((t) => t.provisions.flatMap((p) => p.text.split(/\s+/)));
  const notes: NoteSeed[] = [];
  for (let i = 0; i < count; i++) {
    const text = texts[Math.floor(next() * texts.length)]!;
    if (text.provisions.length === 0) continue;
    const provision = text.provisions[Math.floor(next() * text.provisions.length)]!;
    const start = Math.floor(next() * Math.max(1, provision.text.length - 40));
    const end = Math.min(provision.text.length, start + 10 + Math.floor(next() * 60));
    if (provision.text.slice(start, end).trim() === "") continue;
    const words = Array.from({ length: 8 + Math.floor(next() * 30) }, () => vocabulary[Math.floor(next() * vocabulary.length)]!).join(" ");
    notes.push({
      authorId: authors[Math.floor(next() * authors.length)]!,
      text: words,
      codes: coding ? { codebookId: "schmid-1984", codes: SCHMID_CODES.filter(() => next() < 0.3).concat("violence").filter((c, j, all) => all.indexOf(c) === j) } : null,
      target: {
        document: text.doc,
        edition: text.ed,
        provision: provision.id,
        ...describePassage(provision.text, start, end),
        anchor: { status: "exact", provision: provision.id, start, end, score: 1 },
      },
    });
  }
  seedNotes(db, notes);
  return performance.now() - started;
}

/** Search and matrix timings against a running bench server whose database is `dbFile`. */
export async function benchAnalysis(url: string, dbFile: string): Promise<string[]> {
  const db = openDb(dbFile);
  const seeded = seed(db, 100_000, 7, false);
  const lines = [`seeded 100,000 notes in ${(seeded / 1000).toFixed(1)} s (notes, passages, revisions and the search index, in transactions of 5,000)`];
  const queries = ["terrorism", "intimidate", '"political violence"', "terror*", "extremism separatism", "sanctuary OR havens", "Tajikistan"];
  const all: number[] = [];
  for (const q of queries) {
    const times = await timeRequests(`${url}/api/search?q=${encodeURIComponent(q)}`, 40, 3);
    all.push(...times);
    lines.push(describeTimes(`  search ${q}`, times));
  }
  lines.push(describeTimes("search API over the corpus and 100,000 notes, all queries", all, { target: "p50 <= 5 ms, p99 <= 30 ms" }));
  const codingSeed = seed(db, 10_000, 11, true);
  db.$client.close();
  lines.push(`seeded 10,000 codings in ${(codingSeed / 1000).toFixed(1)} s`);
  lines.push(describeTimes("elements matrix page with 10,000 codings (GET /analysis/elements)", await timeRequests(`${url}/analysis/elements`, 20, 2)));
  return lines;
}
