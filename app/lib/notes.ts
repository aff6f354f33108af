import "server-only";
import { randomUUID } from "node:crypto";
import { ApiError, notFoundError } from "@/app/api/http";
import type { CreateNoteInput, UpdateNoteInput } from "@/app/api/annotations/schema";
import { getDb } from "@/db/client";
import { canRead, createNote, getNote, getNoteRow, getNoteUnchecked, softDeleteNote, StaleVersionError, updateNote, type StoredNote } from "@/db/queries/annotations";
import { getDocument, getProvisionText } from "@/db/queries/corpus";
import { describePassage } from "@/lib/anchoring";
import { anchorPassage } from "@/lib/anchoring/anchor";
import type { NoteRecord, NoteTarget } from "@/lib/annotations/types";
import { emptyBody } from "@/lib/prosemirror/comment-schema";
import { getCodebook } from "@/db/queries/codebooks";
import { getActiveMembership, getAssignmentById } from "@/db/queries/seminars";
import { checkedBody } from "./checked-body";
import { getNoteChannel, type NoteEvent } from "./live";
import { viewerFor } from "./viewer";

/**
 * What the notes API does beyond validation: authorisation, turning positions into W3C
 * selectors from the stored text (never trusting a client's quote), and telling open readers.
 */

/** A passage of a provision's stored text, with its selectors built from that text. */
function passageAt(place: { document: string; edition: string; provision: string }, text: string, start: number, end: number): NoteTarget {
  const { quote, position } = describePassage(text, start, end);
  return {
    document: place.document,
    edition: place.edition,
    provision: place.provision,
    quote,
    position,
    anchor: { status: "exact", provision: place.provision, start, end, score: 1 },
  };
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
  return passageAt(input, provision.text, input.start, input.end);
}

function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) if (!seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  return [...seen.values()];
}

/**
 * Tell open readers of a note's documents (those of its thread's first note) what happened to it.
 * `known` is a note already at hand that may be that first note.
 */
function tell(type: NoteEvent["type"], note: StoredNote, known?: StoredNote): void {
  const root = note.threadId === note.id ? note : known?.id === note.threadId ? known : getNoteUnchecked(getDb(), note.threadId);
  const documents = [...new Set([...note.targets, ...(root?.targets ?? [])].map((t) => t.document))];
  getNoteChannel().publish({ type, noteId: note.id, threadId: note.threadId, documents });
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
    const member = assignment ? getActiveMembership(db, assignment.seminarId, userId) : undefined;
    if (!assignment || !member) throw new ApiError(400, "invalid_parameter", "assignmentId: there is no assignment with this id in your seminars");
    if (seminarId && seminarId !== assignment.seminarId) throw new ApiError(400, "invalid_parameter", "seminarId: the assignment belongs to another seminar");
    if (member.role === "student" && new Date(assignment.opensAt).getTime() > Date.now()) {
      throw new ApiError(400, "not_open", `assignmentId: the assignment opens on ${assignment.opensAt.slice(0, 10)}`);
    }
    seminarId = assignment.seminarId;
    assignmentId = assignment.id;
  }
  const visibility = input.visibility ?? (assignmentId ? "seminar" : "public");
  // An assignment's seminar is the one whose membership was just checked.
  if (visibility === "seminar" && !assignmentId && !(seminarId && getActiveMembership(db, seminarId, userId))) {
    throw new ApiError(400, "invalid_parameter", "seminarId: there is no seminar with this id that you belong to");
  }
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
  const { body, text } = checkedBody(input.body ?? emptyBody(), { allowEmpty: Boolean(input.codes) });
  const codes = input.codes ? checkedCodes(input.codes) : null;
  let parent: StoredNote | undefined;
  if (input.inReplyTo) {
    parent = getNote(db, viewerFor(userId), input.inReplyTo);
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
    threadId: parent ? parent.threadId : id,
    codes,
    targets,
    now,
  });
  // Read back unchecked: an author may always read their own notes.
  const note = getNoteUnchecked(db, id)!;
  tell("created", note, parent);
  return note;
}

/** The note for an author's change: 404 if the user cannot read it, 403 if it is not theirs. */
function ownNote(userId: string, id: string): StoredNote {
  const db = getDb();
  const note = getNoteUnchecked(db, id);
  // An author may always read their own notes; anyone else's reading rights decide 404 or 403.
  if (note?.author.id === userId) return note;
  if (!note || !canRead(db, viewerFor(userId), note)) throw notFoundError(`Note "${id}"`);
  throw new ApiError(403, "forbidden", "Only the author of a note can change it");
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
  const updated = getNoteUnchecked(getDb(), id)!;
  tell("updated", updated);
  return updated;
}

/** Soft-delete a note the user wrote: its rows stay, readers see "deleted". */
export function deleteNoteFor(userId: string, id: string, version: number | null): StoredNote {
  ownNote(userId, id);
  try {
    softDeleteNote(getDb(), id, version, new Date().toISOString());
  } catch (error) {
    if (error instanceof StaleVersionError) {
      throw new ApiError(409, "stale_version", `This note has been changed since version ${version} (it is now version ${error.current}); nothing was deleted.`);
    }
    throw error;
  }
  const deleted = getNoteUnchecked(getDb(), id)!;
  tell("deleted", deleted);
  return deleted;
}

/** What an import did. */
export interface ImportResult {
  imported: number;
  skipped: { id: string; reason: string }[];
}

/**
 * An imported passage found again in this library's text of its provision: the exact words it
 * quotes, at its position or (the text having moved) elsewhere in the provision. Its selectors
 * are then built from the stored text, as for a new note; a reason for the report when the words
 * are not there.
 */
function importedTarget(target: NoteTarget): NoteTarget | string {
  const provision = getProvisionText(getDb(), target.document, target.edition, target.provision);
  if (!provision) return `${target.document}/${target.edition} has no provision ${target.provision} here`;
  let found;
  try {
    found = anchorPassage(provision.text, target);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  if (found?.status !== "exact" && found?.status !== "moved") return `the words it quotes are not in ${target.document}/${target.edition} ${target.provision} here`;
  return passageAt(target, provision.text, found.start, found.end);
}

/** Store one imported note as the user's; the reason when it is skipped. */
function importNote(userId: string, record: NoteRecord): string | null {
  const db = getDb();
  if (getNoteRow(db, record.id)) return "a note with this id is already here";
  const targets: NoteTarget[] = [];
  for (const target of record.targets) {
    const found = importedTarget(target);
    if (typeof found === "string") return found;
    targets.push(found);
  }
  const parent = record.inReplyTo ? getNoteRow(db, record.inReplyTo) : undefined;
  if (record.inReplyTo && !parent) return `the note it replies to (${record.inReplyTo}) is not here`;
  if (record.deleted) return "it was deleted";
  let body;
  try {
    // Checked and its plain text derived as for a new note (the text the file gives is not used).
    body = checkedBody(record.body, { allowEmpty: record.motivation === "classifying" });
  } catch (error) {
    if (error instanceof ApiError) return error.message;
    throw error;
  }
  createNote(db, {
    id: record.id,
    authorId: userId,
    body: body.body,
    bodyText: body.text,
    tags: uniqueTags(record.tags),
    visibility: parent ? parent.visibility : record.visibility === "seminar" ? "private" : record.visibility,
    seminarId: parent ? parent.seminarId : null,
    inReplyTo: parent ? parent.id : null,
    threadId: parent ? parent.threadId : record.id,
    targets,
    now: record.created,
  });
  return null;
}

/**
 * Import notes (from a JSON-LD export) as the signed-in user's, in one transaction: their
 * passages must be in this library's text (the words they quote, whose selectors are rebuilt
 * from it); a note whose id is already taken is skipped, so importing twice changes nothing.
 * Replies keep their thread when the note they answer is imported too or already here.
 */
export function importNotesFor(userId: string, records: readonly NoteRecord[]): ImportResult {
  const result: ImportResult = { imported: 0, skipped: [] };
  const ordered = [...records].sort((a, b) => Number(a.inReplyTo !== null) - Number(b.inReplyTo !== null) || a.created.localeCompare(b.created));
  getDb().transaction(() => {
    for (const record of ordered) {
      const reason = importNote(userId, record);
      if (reason === null) result.imported += 1;
      else result.skipped.push({ id: record.id, reason });
    }
  });
  return result;
}
