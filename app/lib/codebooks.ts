import "server-only";
import { randomUUID } from "node:crypto";
import { ApiError, notFoundError } from "@/app/api/http";
import { createCodebook, getCodebook, latestVersion } from "@/db/queries/codebooks";
import { teachesAnySeminar } from "@/db/queries/seminars";
import { getDb } from "./db";

/** Element codes: a slug of the name, unique within the codebook. */
function codesFor(elements: readonly { name: string; code?: string | undefined }[]): string[] {
  const used = new Set<string>();
  return elements.map((e) => {
    const base = (e.code ?? e.name).toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40) || "element";
    let code = base;
    for (let n = 2; used.has(code); n++) code = `${base}-${n}`;
    used.add(code);
    return code;
  });
}

/** Codebooks are made by instructors: people who teach at least one seminar. */
function requireInstructor(userId: string): void {
  if (!teachesAnySeminar(getDb(), userId)) {
    throw new ApiError(403, "forbidden", "Only instructors (people who teach a seminar) can create codebooks");
  }
}

/** The elements of a new codebook or version, as validated input. */
export interface CodebookInput {
  name: string;
  description: string;
  elements: { name: string; description: string; code?: string | undefined }[];
}

/** Create a codebook (version 1 of a new family). */
export function createCodebookFor(userId: string, input: CodebookInput): string {
  requireInstructor(userId);
  const id = randomUUID();
  const codes = codesFor(input.elements);
  createCodebook(
    getDb(),
    { id, family: id, version: 1, name: input.name, description: input.description, source: "", createdBy: userId, now: new Date().toISOString() },
    input.elements.map((e, i) => ({ code: codes[i]!, name: e.name, description: e.description })),
  );
  return id;
}

/** A new version of a codebook (its creator only; the default codebook can be the base of a copy only). */
export function newVersionFor(userId: string, codebookId: string, input: CodebookInput): string {
  requireInstructor(userId);
  const db = getDb();
  const base = getCodebook(db, codebookId);
  if (!base) throw notFoundError(`Codebook "${codebookId}"`);
  if (base.createdBy !== userId) throw new ApiError(403, "forbidden", "Only the author of a codebook can publish a new version of it; create your own codebook instead");
  const id = randomUUID();
  const codes = codesFor(input.elements);
  createCodebook(
    db,
    { id, family: base.family, version: latestVersion(db, base.family) + 1, name: input.name, description: input.description, source: base.source, createdBy: userId, now: new Date().toISOString() },
    input.elements.map((e, i) => ({ code: codes[i]!, name: e.name, description: e.description })),
  );
  return id;
}
