import "server-only";
import type { StoredNote } from "@/db/queries/annotations";
import { getDocument, getProvisionTree, type ProvisionTree } from "@/db/queries/corpus";
import type { Db } from "@/db/client";
import type { NoteRecord, NoteTarget } from "@/lib/annotations/types";

/**
 * Notes as exported: with an edition named, the passages in that edition (including notes carried
 * over to it, with how they were anchored); otherwise the passages where the notes were made.
 */
export function exportRecords(notes: readonly StoredNote[], edition: string | undefined): NoteRecord[] {
  return notes.map((note) => {
    const targets = note.targets.filter((t) => (edition ? t.edition === edition : t.origin === "selected"));
    return { ...note, targets: targets.map(({ index: _index, origin: _origin, ...target }) => target) };
  });
}

/** Provision labels and document titles for exports, read once per edition. */
export function labeller(db: Db): { label: (target: NoteTarget) => string; documentTitle: (document: string) => string } {
  const trees = new Map<string, Map<string, string>>();
  const labels = (document: string, edition: string) => {
    const key = `${document}@${edition}`;
    let map = trees.get(key);
    if (!map) {
      map = new Map();
      const walk = (nodes: ProvisionTree[]) => nodes.forEach((n) => (map!.set(n.id, n.label), walk(n.children)));
      walk(getProvisionTree(db, document, edition));
      trees.set(key, map);
    }
    return map;
  };
  return {
    label: (target) => labels(target.document, target.edition).get(target.anchor.provision) ?? labels(target.document, target.edition).get(target.provision) ?? target.provision,
    documentTitle: (document) => getDocument(db, document)?.title ?? document,
  };
}
