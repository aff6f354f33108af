/**
 * `npm run import -- <file> --document <id> [--edition <id>] [options]`: import a plain-text
 * (Project Gutenberg included), Markdown or HTML file as a new edition of a document, printing
 * progress and the provisions found by level. Stored editions are never changed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { detectFormat, editionFormats, editionMetaSchema, parseEditionBody, type EditionFormat } from "../lib/corpus/edition-file";
import { sha256, type EditionSource } from "../lib/corpus/folders";
import { CorpusError, walkProvisions } from "../lib/corpus/types";
import { databasePath, migrateDb, openDb } from "./client";
import { carryNotesToEdition } from "./carry";
import { editionExists, insertEdition } from "./import";
import { getDocument, listDocuments } from "./queries/corpus";

const usage = `usage: npm run import -- <file> --document <id> [--edition <id>] [--title <text>]
       [--language en] [--source <citation>] [--licence <text>] [--completeness full|excerpt]
       [--summary <text>] [--format ${editionFormats.join("|")}] [--dry-run]`;

function fail(message: string): never {
  console.error(`import: ${message}`);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        document: { type: "string" },
        edition: { type: "string" },
        title: { type: "string" },
        language: { type: "string", default: "en" },
        source: { type: "string" },
        licence: { type: "string" },
        completeness: { type: "string", default: "full" },
        summary: { type: "string" },
        format: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
})();

if (values.help) {
  console.log(usage);
  process.exit(0);
}
const file = positionals[0];
if (!file || positionals.length > 1) fail(`name exactly one file to import\n${usage}`);
if (!values.document) fail(`--document is required\n${usage}`);
if (values.format && !(editionFormats as readonly string[]).includes(values.format)) fail(`--format must be one of ${editionFormats.join(", ")}`);

const started = performance.now();
let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (error) {
  fail(`cannot read ${file}: ${(error as Error).message}`);
}
const format = detectFormat(file, text, values.format as EditionFormat | undefined);
console.log(`Reading ${file} (${text.length.toLocaleString("en")} characters) as ${format}...`);

const editionId = values.edition ?? slugify(path.basename(file).replace(/\.[^.]+$/, ""));
const metaResult = editionMetaSchema.safeParse({
  id: editionId,
  language: values.language,
  title: values.title ?? `Imported from ${path.basename(file)}`,
  source: { citation: values.source ?? `Imported from the file ${path.basename(file)}` },
  licence: values.licence ?? "Not stated",
  completeness: values.completeness,
  summary: values.summary ?? (values.completeness === "full" ? "Full text" : ""),
});
if (!metaResult.success) fail(metaResult.error.issues.map((i) => `--${i.path[0] === "source" ? "source" : String(i.path[0])}: ${i.message}`).join("; "));

let tree;
try {
  const parsed = parseEditionBody(text, format, 1);
  tree = parsed.provisions;
  for (const warning of parsed.warnings) console.warn(`  ! ${file}:${warning.line}: ${warning.message}`);
} catch (error) {
  if (error instanceof CorpusError) fail(`${file}${error.line !== undefined ? `:${error.line}` : ""}: ${error.message}`);
  throw error;
}
const parsedMs = performance.now() - started;
const byLevel = new Map<string, number>();
for (const node of walkProvisions(tree)) byLevel.set(node.kind, (byLevel.get(node.kind) ?? 0) + 1);
const total = [...byLevel.values()].reduce((a, b) => a + b, 0);
console.log(`Parsed in ${parsedMs.toFixed(0)} ms: ${total} provisions`);
for (const [kind, count] of byLevel) console.log(`  ${kind.padEnd(11)} ${count}`);
if (total === 0) fail("no provisions found: is this the right file and format?");

const db = openDb(databasePath());
migrateDb(db);
const document = getDocument(db, values.document!);
if (!document) fail(`no document "${values.document}"; known: ${listDocuments(db).map((d) => d.id).join(", ")}`);
const hash = sha256(text);
const existing = editionExists(db, document.id, editionId);
if (existing?.textHash === hash) {
  console.log(`Edition ${document.id}/${editionId} is already imported with this text; nothing to do.`);
  process.exit(0);
}
if (existing) fail(`edition "${editionId}" of ${document.id} already exists with a different text, and a stored edition never changes; import this file with --edition <new-id>`);
if (values["dry-run"]) {
  console.log("Dry run: nothing was written.");
  process.exit(0);
}
const source: EditionSource = {
  documentId: document.id,
  meta: metaResult.data,
  file,
  textFile: path.relative(process.cwd(), path.resolve(file)),
  text,
  format,
  textLine: 1,
  textHash: hash,
  metaHash: sha256(JSON.stringify(metaResult.data)),
};
const counts = insertEdition(db, source, tree);
console.log(`Imported ${counts.provisions} provisions as ${document.id}/${editionId} in ${(performance.now() - started).toFixed(0)} ms.`);
const carried = carryNotesToEdition(db, document.id, editionId);
if (carried.exact + carried.moved + carried.fuzzy + carried.orphan > 0) {
  console.log(`Notes carried over from the other editions: ${carried.exact} anchored exactly, ${carried.moved} moved, ${carried.fuzzy} fuzzily (marked "needs review"), ${carried.orphan} orphaned (listed with their quotes).`);
}
console.log(`Read it at /documents/${document.id}/editions/${editionId}`);
console.log(
  `To keep this edition when the database is rebuilt, add an edition file to texts/${document.id}/ (see texts/README.md).`,
);
db.$client.close();

function slugify(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "imported";
}
