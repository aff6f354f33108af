import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDb, openDb } from "../db/client";
import { importCorpus } from "../db/import";
import { corpusFolders } from "../lib/corpus/folders";
import { describeTimes, timeRuns } from "./stats";

/** Corpus import on an empty database, and the unchanged-restart check. */
export function benchCorpus(): string[] {
  const folders = corpusFolders();
  const hasFull = folders.some((f) => f.endsWith(path.join("shared", "texts")));
  const lines = [`corpus folders: ${folders.join(", ")}${hasFull ? "" : "  (no ../shared/texts: the full NSCT is not included)"}`];
  const dir = mkdtempSync(path.join(os.tmpdir(), "synopsis-bench-"));
  try {
    const fresh = timeRuns(5, () => {
      const file = path.join(dir, `fresh-${Math.random()}.sqlite`);
      const db = openDb(file);
      migrateDb(db);
      const report = importCorpus(db, folders);
      if (report.editionsAdded.length === 0) throw new Error("nothing imported");
      db.$client.close();
    });
    lines.push(describeTimes("full corpus import on an empty database (migrations included)", fresh, { target: "< 2000 ms" }));
    const file = path.join(dir, "warm.sqlite");
    const db = openDb(file);
    migrateDb(db);
    importCorpus(db, folders);
    const unchanged = timeRuns(20, () => {
      const report = importCorpus(db, folders);
      if (!report.unchanged) throw new Error("the second import wrote something");
    });
    lines.push(describeTimes("restart import check, nothing changed", unchanged, { target: "< 200 ms" }));
    db.$client.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
