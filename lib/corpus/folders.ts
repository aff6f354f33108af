import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { detectFormat, readDocumentMeta, readEditionFile, type DocumentMeta, type EditionFormat, type EditionMeta } from "./edition-file";
import { CorpusError, DOCUMENT_ID } from "./types";

/**
 * Reading the corpus folders. A corpus folder holds one sub-folder per document, named by the
 * document id; in it a `document.yaml` and one Markdown file per edition. An edition's text is
 * either the Markdown body or a separate file named by `body:`, looked up in the same document's
 * sub-folder of every corpus folder, so a text kept outside the repository (such as
 * `../shared/texts/us-nsct-2003/29185.txt`) is read where it lies and never copied.
 */

/** The corpus folders to read: the setting, or `texts` plus `../shared/texts` when it exists. */
export function corpusFolders(setting = process.env.SYNOPSIS_CORPUS_FOLDERS, cwd = process.cwd()): string[] {
  if (setting && setting.trim()) {
    return setting.split(path.delimiter).map((folder) => path.resolve(cwd, folder.trim())).filter(Boolean);
  }
  return [path.resolve(cwd, "texts"), path.resolve(cwd, "../shared/texts")].filter((folder) => existsSync(folder));
}

/** A document found in the corpus. */
export interface DocumentSource {
  id: string;
  meta: DocumentMeta;
  file: string;
  hash: string;
}

/** An edition found in the corpus, with its text read but not yet parsed. */
export interface EditionSource {
  documentId: string;
  meta: EditionMeta;
  /** The edition file (front matter). */
  file: string;
  /** The file that holds the text: the edition file itself or its `body:` file. */
  textFile: string;
  text: string;
  format: EditionFormat;
  /** File line of the text's first line. */
  textLine: number;
  /** Hash of the text (what may never change once stored). */
  textHash: string;
  /** Hash of the front matter (what may be corrected later). */
  metaHash: string;
}

/** Something in the corpus that could not be used, and why. */
export interface CorpusNotice {
  file: string;
  line?: number;
  message: string;
  /** error: a file could not be used; warning: it was used, with a problem; missing: an optional text is not here; refused: a changed text for a stored edition. */
  level: "error" | "warning" | "missing" | "refused";
}

/** Everything found in the corpus folders. */
export interface CorpusScan {
  documents: DocumentSource[];
  editions: EditionSource[];
  notices: CorpusNotice[];
}

/** Scan the corpus folders; problems are collected as notices, never thrown. */
export function scanCorpus(folders: readonly string[], cwd = process.cwd()): CorpusScan {
  const scan: CorpusScan = { documents: [], editions: [], notices: [] };
  const seenEditions = new Set<string>();
  const rel = (file: string) => relativeTo(cwd, file);

  for (const folder of folders) {
    for (const documentId of subfolders(folder)) {
      const dir = path.join(folder, documentId);
      const metaFile = path.join(dir, "document.yaml");
      if (existsSync(metaFile)) {
        try {
          const raw = readFileSync(metaFile, "utf8");
          if (!DOCUMENT_ID.test(documentId)) throw new CorpusError("a document folder name must be a lower-case id", 1);
          if (scan.documents.some((d) => d.id === documentId)) throw new CorpusError(`document "${documentId}" is defined in an earlier corpus folder too; this one is ignored`, 1);
          scan.documents.push({ id: documentId, meta: readDocumentMeta(parseYaml(raw)), file: rel(metaFile), hash: sha256(raw) });
        } catch (error) {
          scan.notices.push(notice(rel(metaFile), error));
        }
      }
      for (const name of readdirSync(dir).sort()) {
        if (!name.endsWith(".md") || name.toLowerCase() === "readme.md") continue;
        const file = path.join(dir, name);
        try {
          const edition = readEdition(folders, documentId, file);
          const key = `${documentId}/${edition.meta.id}`;
          if (seenEditions.has(key)) throw new CorpusError(`edition id "${edition.meta.id}" is used twice for ${documentId}; this file is ignored`, 1);
          seenEditions.add(key);
          scan.editions.push({ ...edition, file: rel(file), textFile: rel(edition.textFile) });
        } catch (error) {
          if (error instanceof MissingText) scan.notices.push({ file: rel(file), message: error.message, level: "missing" });
          else scan.notices.push(notice(rel(file), error));
        }
      }
    }
  }
  for (const edition of scan.editions) {
    if (!scan.documents.some((d) => d.id === edition.documentId)) {
      scan.notices.push({ file: edition.file, message: `no document.yaml for "${edition.documentId}" in any corpus folder`, level: "error" });
    }
  }
  scan.editions = scan.editions.filter((e) => scan.documents.some((d) => d.id === e.documentId));
  return scan;
}

/** An edition whose `body:` file is in none of the corpus folders (e.g. a clone without ../shared). */
class MissingText extends Error {}

function readEdition(folders: readonly string[], documentId: string, file: string): Omit<EditionSource, "file"> & { textFile: string } {
  const source = readFileSync(file, "utf8");
  const { meta, body, bodyLine } = readEditionFile(source);
  let text = body;
  let textFile = file;
  let textLine = bodyLine;
  if (meta.body) {
    const found = folders.map((folder) => path.join(folder, documentId, meta.body!)).find((candidate) => existsSync(candidate));
    if (!found) {
      throw new MissingText(`the text "${meta.body}" of edition "${meta.id}" is in no corpus folder (${folders.join(", ")}); the edition is skipped`);
    }
    text = readFileSync(found, "utf8");
    textFile = found;
    textLine = 1;
  } else if (!body.trim()) {
    throw new CorpusError("the edition has no text: write it below the front matter or name a file with body:", bodyLine);
  }
  const format = detectFormat(textFile, text, meta.format);
  return { documentId, meta, textFile, text, format, textLine, textHash: sha256(text), metaHash: sha256(JSON.stringify(meta)) };
}

/** The folder of each corpus folder that holds crosswalk files, not a document. */
const CROSSWALK_FOLDER = "crosswalk";

function subfolders(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => !name.startsWith(".") && name !== CROSSWALK_FOLDER && statSync(path.join(folder, name)).isDirectory())
    .sort();
}

/** A crosswalk file's text, with its path relative to the app's folder. */
export interface CrosswalkSource {
  file: string;
  text: string;
}

/** Read every `crosswalk/*.yaml` file of the corpus folders, in folder then name order. */
export function readCrosswalkFiles(folders: readonly string[], cwd = process.cwd()): CrosswalkSource[] {
  return folders.flatMap((folder) => {
    const dir = path.join(folder, CROSSWALK_FOLDER);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => {
        const file = path.join(dir, name);
        return { file: relativeTo(cwd, file), text: readFileSync(file, "utf8") };
      });
  });
}

/** A file's path as notices and the database name it: relative to `cwd` (the file itself when that is `cwd`). */
function relativeTo(cwd: string, file: string): string {
  return path.relative(cwd, file) || file;
}

/** The error notice for a file that could not be read: the error's line, when it has one, beside the file; the message without the place. */
export function notice(file: string, error: unknown): CorpusNotice {
  if (error instanceof CorpusError) return { file, ...(error.line !== undefined ? { line: error.line } : {}), message: error.message, level: "error" };
  return { file, message: (error as Error).message, level: "error" };
}

/** Hex SHA-256 of a string. */
export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
