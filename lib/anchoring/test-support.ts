/**
 * Test support only (imported by the *.test.ts files beside it and the benchmarks, never by the
 * app): the real corpus editions the anchoring tests carry notes between, flattened to id and text.
 */
import assert from "node:assert/strict";
import type { NoteTarget } from "../annotations/types";
import { walkProvisions, type ProvisionNode } from "../corpus/types";
import { fullNsctTree, markdownEdition, nsctMissing } from "../test-support";
import type { EditionText } from "./carry-over";
import { describePassage } from "./selectors";

export { nsctMissing };

function flatten(edition: string, nodes: readonly ProvisionNode[]): EditionText {
  return { edition, provisions: [...walkProvisions(nodes)].map((node) => ({ id: node.id, text: node.text })) };
}

/** One Markdown edition of texts/, flattened. */
export function loadEdition(document: string, edition: string): EditionText {
  const file = markdownEdition(document, edition);
  return flatten(file.id, file.provisions);
}

/** The full NSCT (Project Gutenberg transcription), or null when the file is missing. */
export function loadFullNsct(): EditionText | null {
  if (nsctMissing) return null;
  return flatten("en-gutenberg", fullNsctTree());
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
