/**
 * Start-up step run before the server: create the database file if needed, apply the committed
 * migrations, import the corpus. Bad corpus files are reported and skipped; the app still starts.
 */
import { performance } from "node:perf_hooks";
import { corpusFolders } from "../lib/corpus/folders";
import { databasePath, migrateDb, openDb } from "./client";
import { ensureDefaultCodebook } from "./codebooks";
import { ensureDemoAccounts } from "./demo";
import { importCorpus } from "./import";
import { formatReport } from "./report";
import { ensureAuthSecret } from "./secret";

const started = performance.now();
const file = databasePath();
const db = openDb(file);
migrateDb(db);
const folders = corpusFolders();
const report = importCorpus(db, folders);
console.log(`database ${file}`);
console.log(`corpus folders: ${folders.join(", ")}`);
console.log(formatReport(report, performance.now() - started));
ensureAuthSecret();
if (ensureDefaultCodebook(db)) console.log("default codebook created: Schmid's 22 definitional elements");
async function demo() {
  if (process.env.SYNOPSIS_DEMO_ACCOUNTS !== "1") return;
  const created = await ensureDemoAccounts(db);
  if (created.length > 0) console.log(`demo accounts created: ${created.join(", ")} (see the README for their passwords)`);
}
demo().then(
  () => db.$client.close(),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
