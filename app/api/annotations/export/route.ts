import { z } from "zod";
import { parseParams, route } from "@/app/api/http";
import { currentViewer } from "@/app/lib/viewer";
import { getDb } from "@/app/lib/db";
import { exportRecords, labeller } from "@/app/lib/note-export";
import { listNotes } from "@/db/queries/annotations";
import { toCsv, toJsonLd, toMarkdown } from "@/lib/annotations/export";

export const dynamic = "force-dynamic";

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, "must be a lower-case id");
const query = z.object({
  format: z.enum(["jsonld", "csv", "markdown"], { message: "format is jsonld, csv or markdown" }).default("jsonld"),
  document: slug.optional(),
  edition: slug.optional(),
  author: z.string().max(100).optional(),
  tag: z.string().max(40).optional(),
});

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
  if (params.format === "csv") {
    return new Response(`\ufeff${toCsv(notes, label)}`, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"` } });
  }
  if (params.format === "markdown") {
    return new Response(toMarkdown(notes, { title, labels: label, documentTitle }), {
      headers: { "Content-Type": "text/markdown; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.md"` },
    });
  }
  const collection = toJsonLd(notes, { baseUrl: url.origin, label: title, id: url.href });
  return new Response(JSON.stringify(collection, null, 2), {
    headers: { "Content-Type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', "Content-Disposition": `attachment; filename="${name}.jsonld"` },
  });
});
