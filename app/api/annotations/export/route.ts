import { z } from "zod";
import { attachment, parseParams, route } from "@/app/api/http";
import { currentViewer } from "@/app/lib/viewer";
import { getDb } from "@/app/lib/db";
import { exportRecords, labeller } from "@/app/lib/note-export";
import { listNotes } from "@/db/queries/annotations";
import { toCsv, toJsonLd, toMarkdown } from "@/lib/annotations/export";
import { listQuery } from "../schema";

export const dynamic = "force-dynamic";

// The list's filters (other query parameters are ignored, as they always were) and the format.
const query = listQuery
  .pick({ document: true, edition: true, author: true, tag: true })
  .strip()
  .extend({ format: z.enum(["jsonld", "csv", "markdown"], { message: "format is jsonld, csv or markdown" }).default("jsonld") });

/**
 * GET /api/annotations/export?format=jsonld|csv|markdown[&document=&edition=&author=&tag=]: the
 * notes you may read, as a W3C Web Annotation collection (JSON-LD), CSV (one row per note and
 * passage) or Markdown grouped by provision, for pasting into a paper.
 */
export const GET = route(async (request: Request) => {
  const url = new URL(request.url);
  const params = parseParams(query, Object.fromEntries(url.searchParams));
  const { viewer } = await currentViewer(request);
  const db = getDb();
  const notes = exportRecords(listNotes(db, viewer, params), params.edition);
  const { label, documentTitle } = labeller(db);
  const name = `synopsis-notes${params.document ? `-${params.document}` : ""}`;
  const title = params.document ? `Notes on the ${documentTitle(params.document)}` : "Notes from Synopsis";
  if (params.format === "csv") return attachment(toCsv(notes, label), `${name}.csv`, "text/csv; charset=utf-8");
  if (params.format === "markdown") return attachment(toMarkdown(notes, { title, labels: label, documentTitle }), `${name}.md`, "text/markdown; charset=utf-8");
  const collection = toJsonLd(notes, { baseUrl: url.origin, label: title, id: url.href });
  return attachment(JSON.stringify(collection, null, 2), `${name}.jsonld`, 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
});
