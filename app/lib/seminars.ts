import "server-only";
import { randomInt, randomUUID } from "node:crypto";
import { ApiError } from "@/app/api/http";
import { getDb } from "@/db/client";
import {
  addMember,
  createAssignment,
  createSeminar,
  findSeminarByCode,
  getAssignment,
  getMembership,
  getSeminar,
  instructorCount,
  promoteMember,
  removeMember,
  updateAssignment,
  updateSeminar,
  type Role,
} from "@/db/queries/seminars";
import type { AssignmentRow, SeminarRow } from "@/db/schema";
import { BodyError, BodyTooLargeError, validateBody } from "@/lib/annotations/body";
import type { BodyJson } from "@/lib/annotations/types";
import { getRateLimiter } from "./rate-limit";

/**
 * The rules of seminars: who may see and change what. A non-member is told a seminar does not
 * exist (404), so that its existence is not revealed; a student asking for an instructor's action
 * is refused (403); every change is made only after these checks.
 */

// Letters and digits that cannot be mistaken for one another when read aloud or off a board.
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const CODE_GROUPS = 3;
const CODE_GROUP_LENGTH = 4;

/** A new join code, e.g. "K7QM-3XWD-P9TA": 12 characters of 32, about 60 bits, not guessable. */
export function newJoinCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < CODE_GROUPS; g++) {
    let group = "";
    for (let i = 0; i < CODE_GROUP_LENGTH; i++) group += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}

/** A code as typed: upper-cased, spaces and dashes normalised. */
export function normaliseCode(code: string): string {
  const plain = code.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return plain.match(new RegExp(`.{1,${CODE_GROUP_LENGTH}}`, "g"))?.join("-") ?? "";
}

/** Join attempts allowed per user per window (wrong codes included). */
const JOIN_ATTEMPTS = 10;
const JOIN_WINDOW_SECONDS = 10 * 60;

/** A seminar and the user's role in it. */
export interface SeminarAccess {
  seminar: SeminarRow;
  role: Role;
}

/** The seminar if the user is a current member; a 404 otherwise (never revealing it exists). */
export function memberAccess(userId: string | null, seminarId: string): SeminarAccess {
  const db = getDb();
  const seminar = getSeminar(db, seminarId);
  const member = seminar && userId ? getMembership(db, seminarId, userId) : undefined;
  if (!seminar || !member || member.removedAt) throw new ApiError(404, "not_found", `Seminar "${seminarId}" was not found`);
  return { seminar, role: member.role };
}

/** The seminar if the user is one of its instructors; 404 for non-members, 403 for students. */
export function instructorAccess(userId: string | null, seminarId: string): SeminarAccess {
  const access = memberAccess(userId, seminarId);
  if (access.role !== "instructor") throw new ApiError(403, "forbidden", "Only the seminar's instructors can do this");
  return access;
}

/** Create a seminar; the user becomes its first instructor. */
export function createSeminarFor(userId: string, input: { name: string; description: string; term: string }): string {
  const id = randomUUID();
  createSeminar(getDb(), { id, ...input, joinCode: newJoinCode(), userId, now: new Date().toISOString() });
  return id;
}

/** Join a seminar by its code, as a student; rate-limited per user. */
export async function joinByCode(userId: string, code: string): Promise<SeminarRow> {
  const attempts = await getRateLimiter().hit(`join:${userId}`, JOIN_WINDOW_SECONDS);
  if (attempts.count > JOIN_ATTEMPTS) {
    throw new ApiError(429, "too_many_attempts", `Too many join attempts. Try again in ${Math.ceil(attempts.retryAfter / 60)} minutes.`);
  }
  const db = getDb();
  const seminar = findSeminarByCode(db, normaliseCode(code));
  if (!seminar) throw new ApiError(404, "not_found", "No seminar has this join code. Check it with your instructor; codes are turned off or changed from time to time.");
  const member = getMembership(db, seminar.id, userId);
  if (member?.removedAt) throw new ApiError(403, "removed", "You were removed from this seminar; ask an instructor to add you again.");
  if (!member) addMember(db, seminar.id, userId, "student", new Date().toISOString());
  return seminar;
}

/** Change a seminar's details or its join code (instructors). */
export function updateSeminarFor(
  userId: string,
  seminarId: string,
  input: { name?: string; description?: string; term?: string; joining?: "on" | "off"; newCode?: boolean },
): void {
  const { seminar } = instructorAccess(userId, seminarId);
  let joinCode: string | null | undefined;
  if (input.joining === "off") joinCode = null;
  if (input.newCode || (input.joining === "on" && !seminar.joinCode)) joinCode = newJoinCode();
  updateSeminar(
    getDb(),
    seminarId,
    {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.term !== undefined ? { term: input.term } : {}),
      ...(joinCode !== undefined ? { joinCode } : {}),
    },
    new Date().toISOString(),
  );
}

/** Promote a member to instructor (instructors). */
export function promoteFor(userId: string, seminarId: string, memberId: string): void {
  instructorAccess(userId, seminarId);
  const member = getMembership(getDb(), seminarId, memberId);
  if (!member || member.removedAt) throw new ApiError(404, "not_found", "This person is not a member of the seminar");
  promoteMember(getDb(), seminarId, memberId);
}

/** Remove a member (instructors); their notes stay, marked as from a former member. */
export function removeFor(userId: string, seminarId: string, memberId: string): void {
  instructorAccess(userId, seminarId);
  const db = getDb();
  const member = getMembership(db, seminarId, memberId);
  if (!member || member.removedAt) throw new ApiError(404, "not_found", "This person is not a member of the seminar");
  if (member.role === "instructor" && instructorCount(db, seminarId) <= 1) {
    throw new ApiError(409, "last_instructor", "A seminar keeps at least one instructor: promote someone else first");
  }
  removeMember(db, seminarId, memberId, new Date().toISOString());
}

/** A prompt checked against the comment schema. */
export function checkedPrompt(json: unknown): { prompt: BodyJson; text: string } {
  try {
    const { doc, text } = validateBody(json);
    return { prompt: doc.toJSON() as BodyJson, text };
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new ApiError(413, "too_large", error.message);
    if (error instanceof BodyError) throw new ApiError(400, "invalid_body", `prompt${error.field.replace(/^body/, "")}: ${error.message}`);
    throw error;
  }
}

/** What an assignment asks to read, as validated input. */
export interface AssignmentInput {
  title: string;
  prompt: unknown;
  compareQuery: string | null;
  provisions: string[] | null;
  opensAt: string;
  dueAt: string;
  peersAfterPosting: boolean;
}

/** Create an assignment (instructors). */
export function createAssignmentFor(userId: string, seminarId: string, input: AssignmentInput): string {
  instructorAccess(userId, seminarId);
  const { prompt, text } = checkedPrompt(input.prompt);
  const id = randomUUID();
  createAssignment(getDb(), { id, seminarId, ...input, prompt, promptText: text, createdBy: userId, now: new Date().toISOString() });
  return id;
}

/** Change an assignment (instructors). */
export function updateAssignmentFor(userId: string, seminarId: string, assignmentId: string, input: Partial<AssignmentInput>): void {
  instructorAccess(userId, seminarId);
  const db = getDb();
  if (!getAssignment(db, seminarId, assignmentId)) throw new ApiError(404, "not_found", `Assignment "${assignmentId}" was not found`);
  const { prompt, ...rest } = input;
  const checked = prompt !== undefined ? checkedPrompt(prompt) : null;
  updateAssignment(db, assignmentId, { ...rest, ...(checked ? { prompt: checked.prompt, promptText: checked.text } : {}) }, new Date().toISOString());
}

/** An assignment the user may open (any current member); 404 otherwise. */
export function assignmentAccess(userId: string | null, seminarId: string, assignmentId: string): SeminarAccess & { assignment: AssignmentRow } {
  const access = memberAccess(userId, seminarId);
  const assignment = getAssignment(getDb(), seminarId, assignmentId);
  if (!assignment) throw new ApiError(404, "not_found", `Assignment "${assignmentId}" was not found`);
  return { ...access, assignment };
}
