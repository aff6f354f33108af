import "server-only";
import { randomUUID } from "node:crypto";
import { ApiError } from "@/app/api/http";
import type { CreateNoteInput, UpdateNoteInput } from "@/app/api/annotations/schema";
import { getDb } from "@/db/client";
import { createNote, getNote, getNoteRow, getNoteUnchecked, softDeleteNote, StaleVersionError, updateNote, type StoredNote, type Viewer } from "@/db/queries/annotations";
import { getDocument, getProvisionText } from "@/db/queries/corpus";
import { describePassage } from "@/lib/anchoring";
import { BodyError, BodyTooLargeError, validateBody } from "@/lib/annotations/body";
import type { BodyJson, NoteRecord, NoteTarget } from "@/lib/annotations/types";
import { getCodebook } from "@/db/queries/codebooks";
import { getAssignmentById, getMembership } from "@/db/queries/seminars";
import { getNoteChannel } from "./live";
import { viewerFor } from "./viewer";

/**
 * What the notes API does beyond validation: authorisation, turning positions into W3C
 * selectors from the stored text (never trusting a client's quote), and telling open readers.
 */

/** A body checked against the comment schema, as stored (a coding's may be empty). */
function checkedBody(json: unknown, allowEmpty = false): { body: BodyJson; text: string } {
  try {
    const { doc, text } = validateBody(json, { allowEmpty });
    return { body: doc.toJSON() as BodyJson, text };
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new ApiError(413, "too_large", error.message);
    if (error instanceof BodyError) throw new ApiError(400, "invalid_body", `${error.field}: ${error.message}`);
    throw error;
  }
}

/** Resolve a passage against the stored text: the provision must exist and hold the range. */
function resolveTarget(input: CreateNoteInput["targets"][number], index: number): NoteTarget {
  const db = getDb();
  const provision = getProvisionText(db, input.document, input.edition, input.provision);
  if (!provision) {
    const document = getDocument(db, input.document);
    if (!document || !document.editions.some((e) => e.id === input.edition)) {
      throw new ApiError(400, "invalid_target", `targets[${index}]: no edition "${input.edition}" of "${input.document}"`);
    }
    throw new ApiError(400, "invalid_target", `targets[${index}].provision: no provision "${input.provision}" in this edition`);
  }
  if (input.end > provision.text.length) {
    throw new ApiError(400, "invalid_target", `targets[${index}].end: the provision's text has ${provision.text.length} characters`);
  }
  if (provision.text.slice(input.start, input.end).trim() === "") throw new ApiError(400, "invalid_target", `targets[${index}]: the passage is empty`);
  const { quote, position } = describePassage(provision.text, input.start, input.end);
  return {
    document: input.document,
    edition: input.edition,
    provision: input.provision,
    quote,
    position,
    anchor: { status: "exact", provision: input.provision, start: input.start, end: input.end, score: 1 },
  };
}

function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) if (!seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  return [...seen.values()];
}

function documentsOf(note: StoredNote, parent?: StoredNote): string[] {
  return [...new Set([...note.targets, ...(parent?.targets ?? [])].map((t) => t.document))];
}

/**
 * Where a new note goes: public, private, or a seminar the author belongs to (named directly or
 * through the assignment it is written for; a student cannot write for an assignment before it
 * opens). Answers 400 without saying whether a seminar the author is not in exists.
 */
function placeNote(userId: string, input: { visibility?: "private" | "public" | "seminar"; seminarId?: string; assignmentId?: string }) {
  const db = getDb();
  let seminarId = input.seminarId ?? null;
  let assignmentId: string | null = null;
  if (input.assignmentId) {
    const assignment = getAssignmentById(db, input.assignmentId);
    const member = assignment ? getMembership(db, assignment.seminarId, userId) : undefined;
    if (!assignment || !member || member.removedAt) throw new ApiError(400, "invalid_parameter", "assignmentId: there is no assignment with this id in your seminars");
    if (seminarId && seminarId !== assignment.seminarId) throw new ApiError(400, "invalid_parameter", "seminarId: the assignment belongs to another seminar");
    if (member.role === "student" && new Date(assignment.opensAt).getTime() > Date.now()) {
      throw new ApiError(400, "not_open", `assignmentId: the assignment opens on ${assignment.opensAt.slice(0, 10)}`);
    }
    seminarId = assignment.seminarId;
    assignmentId = assignment.id;
  }
  const visibility = input.visibility ?? (assignmentId ? "seminar" : "public");
  if (visibility === "seminar") {
    const member = seminarId ? getMembership(db, seminarId, userId) : undefined;
    if (!member || member.removedAt) throw new ApiError(400, "invalid_parameter", "seminarId: there is no seminar with this id that you belong to");
  } else if (!assignmentId) seminarId = null;
  return { visibility, seminarId: visibility === "seminar" ? seminarId : null, assignmentId };
}

/** A coding's codebook and elements, checked against the stored codebook. */
function checkedCodes(input: { codebook: string; elements: string[] }): { codebookId: string; codes: string[] } {
  const book = getCodebook(getDb(), input.codebook);
  if (!book) throw new ApiError(400, "invalid_parameter", `codes.codebook: there is no codebook "${input.codebook}"`);
  const known = new Set(book.elements.map((e) => e.code));
  const unknown = input.elements.find((code) => !known.has(code));
  if (unknown) throw new ApiError(400, "invalid_parameter", `codes.elements: "${unknown}" is not an element of ${book.name}`);
  return { codebookId: book.id, codes: [...new Set(input.elements)] };
}

/** Create a note or a reply for the signed-in user. */
export function createNoteFor(userId: string, input: CreateNoteInput): StoredNote {
  const db = getDb();
  const viewer: Viewer = viewerFor(userId);
  const { body, text } = checkedBody(input.body ?? { type: "doc", content: [{ type: "paragraph" }] }, Boolean(input.codes));
  const codes = input.codes ? checkedCodes(input.codes) : null;
  let parent: StoredNote | undefined;
  if (input.inReplyTo) {
    parent = getNote(db, viewer, input.inReplyTo);
    if (!parent) throw new ApiError(400, "invalid_reply", "inReplyTo: there is no note with this id that you can read");
    if (parent.deleted) throw new ApiError(400, "invalid_reply", "inReplyTo: this note was deleted");
  }
  const targets = input.targets.map(resolveTarget);
  const place = parent ? null : placeNote(userId, input);
  const id = randomUUID();
  const now = new Date().toISOString();
  createNote(db, {
    id,
    authorId: userId,
    body,
    bodyText: text,
    tags: uniqueTags(input.tags),
    // A reply is seen by whoever sees the note it answers, and belongs to the same assignment.
    visibility: parent ? parent.visibility : place!.visibility,
    seminarId: parent ? parent.seminarId : place!.seminarId,
    assignmentId: parent ? parent.assignmentId : place!.assignmentId,
    inReplyTo: parent ? parent.id : null,
    threadId: parent ? threadOf(parent) : id,
    codes,
    targets,
    now,
  });
  const note = getNote(db, viewerFor(userId), id)!;
  getNoteChannel().publish({ type: "created", noteId: id, threadId: parent ? threadOf(parent) : id, documents: documentsOf(note, parent && rootOf(parent)) });
  return note;
}

/** The id of the first note of a note's thread. */
function threadOf(note: StoredNote): string {
  return getNoteRow(getDb(), note.id)!.threadId;
}

/** The first note of the thread, whose passages say which readers to tell. */
function rootOf(note: StoredNote): StoredNote | undefined {
  return getNoteUnchecked(getDb(), threadOf(note));
}

/** The note for an author's change: 404 if the viewer cannot read it, 403 if it is not theirs. */
function ownNote(userId: string, id: string): StoredNote {
  const db = getDb();
  const note = getNote(db, viewerFor(userId), id);
  if (!note) throw new ApiError(404, "not_found", `Note "${id}" was not found`);
  if (note.author.id !== userId) throw new ApiError(403, "forbidden", "Only the author of a note can change it");
  return note;
}

/** Edit a note the user wrote, at the version they edited. */
export function updateNoteFor(userId: string, id: string, input: UpdateNoteInput): StoredNote {
  const note = ownNote(userId, id);
  if (note.deleted) throw new ApiError(409, "deleted", "This note was deleted and cannot be edited");
  if (input.visibility && note.inReplyTo) throw new ApiError(400, "invalid_parameter", "visibility: a reply is seen by whoever sees its note");
  const body = input.body !== undefined ? checkedBody(input.body) : undefined;
  const place = input.visibility ? placeNote(userId, { visibility: input.visibility, ...(input.seminarId ? { seminarId: input.seminarId } : note.seminarId ? { seminarId: note.seminarId } : {}) }) : null;
  try {
    updateNote(
      getDb(),
      id,
      input.version,
      { ...(body ? { body: body.body, bodyText: body.text } : {}), ...(input.tags ? { tags: uniqueTags(input.tags) } : {}), ...(place ? { visibility: place.visibility, seminarId: place.seminarId } : {}) },
      userId,
      new Date().toISOString(),
    );
  } catch (error) {
    if (error instanceof StaleVersionError) {
      throw new ApiError(409, "stale_version", `This note has been changed since version ${input.version} (it is now version ${error.current}); reload it and make your change again. Nothing was overwritten.`);
    }
    throw error;
  }
  const updated = getNote(getDb(), viewerFor(userId), id)!;
  getNoteChannel().publish({ type: "updated", noteId: id, threadId: threadOf(updated), documents: documentsOf(updated, rootOf(updated)) });
  return updated;
}

/** Soft-delete a note the user wrote: its rows stay, readers see "deleted". */
export function deleteNoteFor(userId: string, id: string, version: number | null): StoredNote {
  const note = ownNote(userId, id);
  try {
    softDeleteNote(getDb(), id, version, new Date().toISOString());
  } catch (error) {
    if (error instanceof StaleVersionError) {
      throw new ApiError(409, "stale_version", `This note has been changed since version ${version} (it is now version ${error.current}); nothing was deleted.`);
    }
    throw error;
  }
  const deleted = getNote(getDb(), viewerFor(userId), id)!;
  getNoteChannel().publish({ type: "deleted", noteId: id, threadId: threadOf(deleted), documents: documentsOf(deleted, rootOf(note)) });
  return deleted;
}

/** What an import did. */
export interface ImportResult {
  imported: number;
  skipped: { id: string; reason: string }[];
}

/**
 * Import notes (from a JSON-LD export) as the signed-in user's: their passages must be in this
 * library; a note whose id is already taken is skipped, so importing twice changes nothing.
 * Replies keep their thread when the note they answer is imported too or already here.
 */
export function importNotesFor(userId: string, records: readonly NoteRecord[]): ImportResult {
  const db = getDb();
  const result: ImportResult = { imported: 0, skipped: [] };
  const ordered = [...records].sort((a, b) => Number(a.inReplyTo !== null) - Number(b.inReplyTo !== null) || a.created.localeCompare(b.created));
  for (const record of ordered) {
    if (getNoteRow(db, record.id)) {
      result.skipped.push({ id: record.id, reason: "a note with this id is already here" });
      continue;
    }
    const missing = record.targets.find((t) => !getProvisionText(db, t.document, t.edition, t.provision));
    if (missing) {
      result.skipped.push({ id: record.id, reason: `${missing.document}/${missing.edition} has no provision ${missing.provision} here` });
      continue;
    }
    const parent = record.inReplyTo ? getNoteRow(db, record.inReplyTo) : undefined;
    if (record.inReplyTo && !parent) {
      result.skipped.push({ id: record.id, reason: `the note it replies to (${record.inReplyTo}) is not here` });
      continue;
    }
    if (record.deleted) {
      result.skipped.push({ id: record.id, reason: "it was deleted" });
      continue;
    }
    createNote(db, {
      id: record.id,
      authorId: userId,
      body: record.body,
      bodyText: record.bodyText,
      tags: uniqueTags(record.tags),
      visibility: parent ? parent.visibility : record.visibility === "seminar" ? "private" : record.visibility,
      seminarId: parent ? parent.seminarId : null,
      inReplyTo: parent ? parent.id : null,
      threadId: parent ? parent.threadId : record.id,
      targets: record.targets,
      now: record.created,
    });
    result.imported += 1;
  }
  return result;
}
