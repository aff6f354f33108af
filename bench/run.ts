/**
 * `npm run bench`: the speed figures the issues ask for, printed, never asserted. Starts its own
 * production server (building first if needed) on port 3200 with a scratch database.
 */
import os from "node:os";
import path from "node:path";
import { benchCorpus } from "./corpus";
import { benchAnalysis } from "./analysis";
import { benchAnchoring } from "./anchoring";
import { benchDiff } from "./diff";
import { benchCarryInDatabase, benchNotesServer } from "./notes";
import { startServer, timeRequests } from "./server";
import { describeTimes } from "./stats";

async function main() {
  console.log(`Synopsis benchmarks — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores`);
  console.log("\n# Corpus import");
  for (const line of benchCorpus()) console.log(line);

  console.log("\n# Diff compute");
  for (const line of benchDiff()) console.log(line);

  console.log("\n# Notes: carrying to a new edition");
  for (const line of benchAnchoring()) console.log(line);
  for (const line of benchCarryInDatabase()) console.log(line);

  console.log("\n# Server render (production build)");
  const server = await startServer(3200, path.resolve("data/bench.sqlite"));
  try {
    const reader = await timeRequests(`${server.url}/documents/us-nsct-2003`, 50);
    console.log(describeTimes("reader page, full NSCT (GET /documents/us-nsct-2003)", reader, { target: "p50 < 100 ms" }));
    const library = await timeRequests(`${server.url}/`, 50);
    console.log(describeTimes("library page (GET /)", library));
    const definitions = "left=shanghai-convention-2001:art_1__para_1__point_1__point_b&right=us-nsct-2003:sec_1__para_2";
    console.log(describeTimes("compare page, two definitions (Convention Art. 1(1)(1)(b) / NSCT Introduction ¶2)", await timeRequests(`${server.url}/compare?${definitions}`, 50), { target: "p50 <= 50 ms" }));
    console.log(describeTimes("compare API, the same pair", await timeRequests(`${server.url}/api/compare?${definitions}`, 50)));
    const editions = "left=us-nsct-2003@en-meher&right=us-nsct-2003@en-gutenberg";
    console.log(describeTimes("compare page, NSCT excerpt edition / full edition (158 rows)", await timeRequests(`${server.url}/compare?${editions}`, 20)));
    console.log("\n# Notes under load");
    for (const line of await benchNotesServer(server.url, path.resolve("data/bench.sqlite"))) console.log(line);
    console.log("\n# Search and analysis");
    for (const line of await benchAnalysis(server.url, path.resolve("data/bench.sqlite"))) console.log(line);
  } finally {
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
