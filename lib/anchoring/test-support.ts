/**
 * Test support only (imported by the *.test.ts files beside it, never by the app): the real
 * corpus editions the anchoring tests carry notes between, flattened to id and text.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { NoteTarget } from "../annotations/types";
import { parseEditionBody, readEditionFile } from "../corpus/edition-file";
import { parseGutenberg } from "../corpus/gutenberg";
import { walkProvisions, type ProvisionNode } from "../corpus/types";
import type { EditionText } from "./carry-over";
import { describePassage } from "./selectors";

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, "../..");
/** Where the full NSCT is kept, outside the repository. */
export const NSCT_FULL_PATH = resolve(ROOT, "../shared/texts/us-nsct-2003/29185.txt");
/** A skip reason for tests that need the full NSCT, or false when it is present. */
export const nsctMissing: string | false = existsSync(NSCT_FULL_PATH)
  ? false
  : `full NSCT not found at ${NSCT_FULL_PATH} (../shared/texts is kept outside the repository)`;

function flatten(edition: string, nodes: readonly ProvisionNode[]): EditionText {
  return { edition, provisions: [...walkProvisions(nodes)].map((node) => ({ id: node.id, text: node.text })) };
}

/** One Markdown edition of texts/, flattened. */
export function loadEdition(document: string, edition: string): EditionText {
  const file = readEditionFile(readFileSync(resolve(ROOT, "texts", document, `${edition}.md`), "utf8"));
  return flatten(file.meta.id, parseEditionBody(file.body, "markdown", file.bodyLine).provisions);
}

/** The full NSCT (Project Gutenberg transcription), or null when the file is missing. */
export function loadFullNsct(): EditionText | null {
  if (nsctMissing) return null;
  return flatten("en-gutenberg", parseGutenberg(readFileSync(NSCT_FULL_PATH, "utf8")).provisions);
}

/** The text of one provision, or a thrown Error naming it (for test set-up). */
export function textOf(edition: EditionText, id: string): string {
  const found = edition.provisions.find((p) => p.id === id);
  if (!found) throw new Error(`no provision ${id} in edition ${edition.edition}`);
  return found.text;
}

/** The offsets of the n-th (0-based) occurrence of `words` in `text`, asserting it is there. */
export function locate(text: string, words: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(words, at + 1);
    assert.ok(at >= 0, `"${words}" (occurrence ${occurrence}) not in the text`);
  }
  return { start: at, end: at + words.length };
}

/** A note target on `words` in one provision of an edition, anchored where it was made. */
export function targetOn(document: string, edition: EditionText, provision: string, words: string, occurrence = 0): NoteTarget {
  const text = textOf(edition, provision);
  const { start, end } = locate(text, words, occurrence);
  return {
    document,
    edition: edition.edition,
    provision,
    ...describePassage(text, start, end),
    anchor: { status: "exact", provision, start, end, score: 1 },
  };
}
