import "server-only";
import type { Db } from "@/db/client";
import { getProvisionTree, listDocuments } from "@/db/queries/corpus";
import { flattenTree } from "@/lib/align/types";

/** What the text pickers offer: every document, its editions, and each edition's provisions. */
export interface Catalogue {
  documents: {
    id: string;
    shortTitle: string;
    editions: { id: string; title: string; completeness: "full" | "excerpt"; provisions: { id: string; label: string; depth: number }[] }[];
  }[];
}

/** Build the picker catalogue from the library. */
export function buildCatalogue(db: Db): Catalogue {
  return {
    documents: listDocuments(db).map((document) => ({
      id: document.id,
      shortTitle: document.shortTitle,
      editions: document.editions.map((edition) => ({
        id: edition.id,
        title: edition.title,
        completeness: edition.completeness,
        provisions: flattenTree(getProvisionTree(db, document.id, edition.id)).map((p) => ({ id: p.id, label: p.label, depth: p.depth })),
      })),
    })),
  };
}
