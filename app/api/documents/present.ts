import type { DocumentSummary } from "@/db/queries/corpus";
import type { DocumentJson } from "./schema";

/** A document as the API shows it: the summary without server-only fields. */
export function presentDocument(doc: DocumentSummary): DocumentJson {
  return {
    id: doc.id,
    title: doc.title,
    shortTitle: doc.shortTitle,
    type: doc.type,
    adopted: doc.adopted,
    inForce: doc.inForce,
    parties: doc.parties,
    languages: doc.languages,
    citation: doc.citation,
    editions: doc.editions.map((e) => ({
      id: e.id,
      language: e.language,
      title: e.title,
      completeness: e.completeness,
      summary: e.summary,
      preferred: e.preferred,
      source: e.source,
      licence: e.licence,
      notes: e.notes,
    })),
  };
}
