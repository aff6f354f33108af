/**
 * Test support shared by the tests of several lib/ modules and by the benchmarks, never imported
 * by the app: where the corpus lies, its editions parsed (the full NSCT once per process), and a
 * seeded PRNG.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseEditionBody, readEditionFile } from "./corpus/edition-file";
import { parseGutenberg } from "./corpus/gutenberg";
import type { ProvisionNode } from "./corpus/types";

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, "..");
/** Where the full NSCT is kept, outside the repository. */
export const NSCT_FULL_PATH = resolve(ROOT, "../shared/texts/us-nsct-2003/29185.txt");
/** A skip reason for tests that need the full NSCT, or false when it is present. */
export const nsctMissing: string | false = existsSync(NSCT_FULL_PATH)
  ? false
  : `full NSCT not found at ${NSCT_FULL_PATH} (../shared/texts is kept outside the repository)`;

/** One Markdown edition of texts/: its id (from the front matter), its file and its provision tree. */
export function markdownEdition(document: string, edition: string): { id: string; path: string; provisions: ProvisionNode[] } {
  const path = resolve(ROOT, "texts", document, `${edition}.md`);
  const file = readEditionFile(readFileSync(path, "utf8"));
  return { id: file.meta.id, path, provisions: parseEditionBody(file.body, "markdown", file.bodyLine).provisions };
}

let fullNsct: readonly ProvisionNode[] | null = null;

/**
 * The provision tree of the full NSCT (Project Gutenberg #29185), parsed once and shared by every
 * caller, so never change it; only call when `nsctMissing` is false.
 */
export function fullNsctTree(): readonly ProvisionNode[] {
  fullNsct ??= parseGutenberg(readFileSync(NSCT_FULL_PATH, "utf8")).provisions;
  return fullNsct;
}

/** A small deterministic PRNG (mulberry32) in [0, 1), so every run makes the same data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
