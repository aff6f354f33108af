import matter from "gray-matter";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { markdownToBlocks, plainTextToBlocks } from "./blocks";
import { isGutenberg, parseGutenberg } from "./gutenberg";
import { htmlToBlocks } from "./html";
import { parseTreatyBlocks } from "./treaty-parser";
import { CorpusError, DOCUMENT_ID, type ParseResult } from "./types";

/** Dates in YAML arrive as Date objects; we keep them as the ISO day they name. */
const isoDay = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "use YYYY, YYYY-MM or YYYY-MM-DD"),
);

const slug = z.string().regex(DOCUMENT_ID, "use lower-case letters, digits and hyphens");

/** The formats an edition body can be written in. */
export const editionFormats = ["markdown", "text", "gutenberg", "html"] as const;
export type EditionFormat = (typeof editionFormats)[number];

/** Front matter of an edition file: where its text comes from and how complete it is. */
export const editionMetaSchema = z
  .object({
    id: slug,
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "use a language tag such as en or ru"),
    title: z.string().min(1),
    source: z.object({
      citation: z.string().min(1),
      seed: z.object({ file: z.string().min(1), lines: z.string().regex(/^\d+(-\d+)?(, *\d+(-\d+)?)*$/) }).optional(),
      url: z.url().optional(),
    }),
    licence: z.string().min(1),
    completeness: z.enum(["full", "excerpt"]),
    summary: z.string().min(1),
    body: z.string().min(1).optional(),
    format: z.enum(editionFormats).optional(),
    date: isoDay.optional(),
    preferred: z.boolean().optional(),
    notes: z.string().optional(),
  })
  .strict();
export type EditionMeta = z.infer<typeof editionMetaSchema>;

/** A document's `document.yaml`: what the instrument is, independent of any one text of it. */
export const documentMetaSchema = z
  .object({
    title: z.string().min(1),
    shortTitle: z.string().min(1),
    type: z.enum(["convention", "charter", "agreement", "strategy", "declaration", "treaty", "other"]),
    adopted: z.object({ date: isoDay, place: z.string().min(1).optional() }),
    inForce: isoDay.optional(),
    parties: z.array(z.string().min(1)),
    languages: z.array(z.string().min(1)),
    citation: z.string().min(1),
    notes: z.string().optional(),
    order: z.number().int().optional(),
  })
  .strict();
export type DocumentMeta = z.infer<typeof documentMetaSchema>;

/** An edition file split into its validated front matter and its body. */
export interface EditionFile {
  meta: EditionMeta;
  /** The text after the front matter (empty when the text lives in a separate `body` file). */
  body: string;
  /** File line of the body's first line. */
  bodyLine: number;
}

/** Read an edition file (Markdown with YAML front matter); throws CorpusError naming the line. */
export function readEditionFile(source: string): EditionFile {
  if (!source.startsWith("---")) throw new CorpusError("an edition file must start with YAML front matter between --- lines", 1);
  let parsed: matter.GrayMatterFile<string>;
  try {
    // The strict YAML 1.2 parser (js-yaml, gray-matter's default, accepts some broken quoting).
    parsed = matter(source, { engines: { yaml: (text: string) => parseYaml(text) as object } });
  } catch (error) {
    const position = (error as { linePos?: { line: number }[] }).linePos?.[0];
    throw new CorpusError(`front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}`, position?.line ?? 1); // the YAML text starts on the file's first line (after "---")
  }
  const result = editionMetaSchema.safeParse(parsed.data);
  if (!result.success) throw new CorpusError(`front matter: ${describeIssues(result.error)}`, frontMatterLine(source, result.error));
  const bodyStart = source.length - parsed.content.length;
  return { meta: result.data, body: parsed.content, bodyLine: source.slice(0, bodyStart).split("\n").length };
}

/** Validate a document.yaml object; throws CorpusError with the offending field. */
export function readDocumentMeta(data: unknown): DocumentMeta {
  const result = documentMetaSchema.safeParse(data);
  if (!result.success) throw new CorpusError(describeIssues(result.error), 1);
  return result.data;
}

/** Choose the body format from the file name, the front matter and the content. */
export function detectFormat(fileName: string, content: string, declared?: EditionFormat): EditionFormat {
  if (declared) return declared;
  if (/\.html?$/i.test(fileName)) return "html";
  if (/\.md$/i.test(fileName)) return "markdown";
  return isGutenberg(content) ? "gutenberg" : "text";
}

/** Parse an edition body in the given format into a provision tree. */
export function parseEditionBody(body: string, format: EditionFormat, firstLine = 1): ParseResult {
  switch (format) {
    case "gutenberg":
      return parseGutenberg(body);
    case "html":
      return parseTreatyBlocks(htmlToBlocks(body));
    case "markdown":
      return parseTreatyBlocks(markdownToBlocks(body, firstLine));
    case "text":
      return parseTreatyBlocks(plainTextToBlocks(body, firstLine));
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "(top)"}: ${issue.message}`).join("; ");
}

/** The line of the first front-matter key a validation issue names, for an editor to jump to. */
function frontMatterLine(source: string, error: z.ZodError): number {
  const key = error.issues[0]?.path[0];
  if (typeof key !== "string") return 1;
  const index = source.split("\n").findIndex((line) => line.startsWith(`${key}:`));
  return index >= 0 ? index + 1 : 1;
}
