/**
 * Test support only (imported by the *.test.ts files beside it, never by the app): reads the
 * real corpus editions from texts/ and the full NSCT from ../shared/texts, flattened for the aligners.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { detectFormat, parseEditionBody, readEditionFile } from "../corpus/edition-file";
import { parseGutenberg } from "../corpus/gutenberg";
import { flattenTree, type AlignProvision } from "./types";

/** The repository root and the shared folder beside it. */
export const ROOT = resolve(import.meta.dirname, "../..");
/** Where the full NSCT is kept, outside the repository. */
export const NSCT_FULL_PATH = resolve(ROOT, "../shared/texts/us-nsct-2003/29185.txt");
/** A skip reason for tests that need the full NSCT, or false when it is present. */
export const nsctMissing: string | false = existsSync(NSCT_FULL_PATH)
  ? false
  : `full NSCT not found at ${NSCT_FULL_PATH} (../shared/texts is kept outside the repository)`;

/** One edition of the corpus, flattened. */
export interface TestEdition {
  document: string;
  edition: string;
  provisions: AlignProvision[];
}

/** Parse one edition file of texts/ (one whose text is in the file itself). */
export function loadEdition(document: string, edition: string): TestEdition {
  const path = resolve(ROOT, "texts", document, `${edition}.md`);
  const file = readEditionFile(readFileSync(path, "utf8"));
  const parsed = parseEditionBody(file.body, detectFormat(path, file.body, file.meta.format), file.bodyLine);
  return { document, edition: file.meta.id, provisions: flattenTree(parsed.provisions) };
}

/** The full NSCT (Project Gutenberg transcription), or null when the file is missing. */
export function loadFullNsct(): TestEdition | null {
  if (nsctMissing) return null;
  const parsed = parseGutenberg(readFileSync(NSCT_FULL_PATH, "utf8"));
  return { document: "us-nsct-2003", edition: "en-gutenberg", provisions: flattenTree(parsed.provisions) };
}

/** Every edition whose text is in texts/ (in folder order), plus the full NSCT when present. */
export function loadCorpus(): TestEdition[] {
  const out: TestEdition[] = [];
  for (const document of readdirSync(resolve(ROOT, "texts")).sort()) {
    const folder = resolve(ROOT, "texts", document);
    if (!existsSync(resolve(folder, "document.yaml"))) continue;
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith(".md")) continue;
      const file = readEditionFile(readFileSync(resolve(folder, name), "utf8"));
      if (file.meta.body) continue; // text kept elsewhere (the full NSCT), loaded below
      out.push(loadEdition(document, name.replace(/\.md$/, "")));
    }
  }
  const full = loadFullNsct();
  if (full) out.push(full);
  return out;
}

/** The provision with this id, or a thrown Error naming it (for test set-up). */
export function byId(edition: TestEdition, id: string): AlignProvision {
  const found = edition.provisions.find((p) => p.id === id);
  if (!found) throw new Error(`no provision ${id} in ${edition.document} ${edition.edition}`);
  return found;
}
