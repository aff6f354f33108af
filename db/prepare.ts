/**
 * Start-up step run before the server: create the database file if needed, apply the committed
 * migrations, import the corpus. Bad corpus files are reported and skipped; the app still starts.
 */
import { performance } from "node:perf_hooks";
import { corpusFolders } from "../lib/corpus/folders";
import { databasePath, migrateDb, openDb } from "./client";
import { importCorpus } from "./import";
import { formatReport } from "./report";

const started = performance.now();
const file = databasePath();
const db = openDb(file);
migrateDb(db);
const folders = corpusFolders();
const report = importCorpus(db, folders);
console.log(`database ${file}`);
console.log(`corpus folders: ${folders.join(", ")}`);
console.log(formatReport(report, performance.now() - started));
db.$client.close();
