import "server-only";
import { randomInt, randomUUID } from "node:crypto";
import { ApiError, notFoundError } from "@/app/api/http";
import { DUE_AFTER_OPENING, type CreateAssignmentInput, type UpdateAssignmentInput } from "@/app/api/seminars/schema";
import { getDb } from "@/db/client";
import {
  addMember,
  createAssignment,
  createSeminar,
  findSeminarByCode,
  getActiveMembership,
  getAssignment,
  getMembership,
  getSeminar,
  instructorCount,
  promoteMember,
  removeMember,
  updateAssignment,
  updateSeminar,
  type NewAssignment,
  type Role,
} from "@/db/queries/seminars";
import type { AssignmentRow, SeminarMemberRow, SeminarRow } from "@/db/schema";
import { checkedBody } from "./checked-body";
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
  const member = seminar && userId ? getActiveMembership(db, seminarId, userId) : undefined;
  if (!seminar || !member) throw notFoundError(`Seminar "${seminarId}"`);
  return { seminar, role: member.role };
}

/**
 * The seminar if the user is one of its instructors; 404 for non-members, 403 for students,
 * whose message ends with `action` ("Only the seminar's instructors can do this").
 */
export function instructorAccess(userId: string | null, seminarId: string, action = "do this"): SeminarAccess {
  const access = memberAccess(userId, seminarId);
  if (access.role !== "instructor") throw new ApiError(403, "forbidden", `Only the seminar's instructors can ${action}`);
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

/** Another member's current membership, for an instructor's change (404 if they are not a member). */
function memberToChange(userId: string, seminarId: string, memberId: string): SeminarMemberRow {
  instructorAccess(userId, seminarId);
  const member = getActiveMembership(getDb(), seminarId, memberId);
  if (!member) throw new ApiError(404, "not_found", "This person is not a member of the seminar");
  return member;
}

/** Promote a member to instructor (instructors). */
export function promoteFor(userId: string, seminarId: string, memberId: string): void {
  memberToChange(userId, seminarId, memberId);
  promoteMember(getDb(), seminarId, memberId);
}

/** Remove a member (instructors); their notes stay, marked as from a former member. */
export function removeFor(userId: string, seminarId: string, memberId: string): void {
  const member = memberToChange(userId, seminarId, memberId);
  const db = getDb();
  if (member.role === "instructor" && instructorCount(db, seminarId) <= 1) {
    throw new ApiError(409, "last_instructor", "A seminar keeps at least one instructor: promote someone else first");
  }
  removeMember(db, seminarId, memberId, new Date().toISOString());
}

/** An assignment's stored fields besides its prompt. */
type AssignmentValues = Omit<NewAssignment, "id" | "seminarId" | "createdBy" | "now" | "prompt" | "promptText">;

/**
 * Validated assignment input as stored: dates in UTC, and what to read as either a comparison or
 * provisions (setting one clears the other). Only the fields given are set, so the same mapping
 * serves creation (where the schema requires them all) and change.
 */
function assignmentValues(input: CreateAssignmentInput): AssignmentValues;
function assignmentValues(input: UpdateAssignmentInput): Partial<AssignmentValues>;
function assignmentValues(input: UpdateAssignmentInput): Partial<AssignmentValues> {
  return {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.compare !== undefined ? { compareQuery: input.compare, provisions: null } : {}),
    ...(input.provisions !== undefined ? { provisions: input.provisions, compareQuery: null } : {}),
    ...(input.opensAt !== undefined ? { opensAt: new Date(input.opensAt).toISOString() } : {}),
    ...(input.dueAt !== undefined ? { dueAt: new Date(input.dueAt).toISOString() } : {}),
    ...(input.peersAfterPosting !== undefined ? { peersAfterPosting: input.peersAfterPosting } : {}),
  };
}

/** An assignment's prompt checked against the comment schema, as stored. */
function promptValues(json: unknown): Pick<NewAssignment, "prompt" | "promptText"> {
  const { body, text } = checkedBody(json, { field: "prompt" });
  return { prompt: body, promptText: text };
}

/** Create an assignment (instructors). */
export function createAssignmentFor(userId: string, seminarId: string, input: CreateAssignmentInput): string {
  instructorAccess(userId, seminarId);
  const id = randomUUID();
  createAssignment(getDb(), { id, seminarId, ...assignmentValues(input), ...promptValues(input.prompt), createdBy: userId, now: new Date().toISOString() });
  return id;
}

/**
 * Change an assignment (instructors). A change of one date is checked against the stored other
 * date, so that an assignment is never due before it opens.
 */
export function updateAssignmentFor(userId: string, seminarId: string, assignmentId: string, input: UpdateAssignmentInput): void {
  const { assignment } = assignmentAccess(userId, seminarId, assignmentId, { instructor: true });
  const values = { ...assignmentValues(input), ...(input.prompt !== undefined ? promptValues(input.prompt) : {}) };
  if (new Date(values.dueAt ?? assignment.dueAt) <= new Date(values.opensAt ?? assignment.opensAt)) {
    throw new ApiError(400, "invalid_parameter", `${input.dueAt !== undefined ? "dueAt" : "opensAt"}: ${DUE_AFTER_OPENING}`);
  }
  updateAssignment(getDb(), assignmentId, values, new Date().toISOString());
}

/**
 * An assignment the user may open: any current member's, or with `instructor` only an
 * instructor's (403 for students, ending with `action`); 404 for non-members and unknown ids.
 */
export function assignmentAccess(
  userId: string | null,
  seminarId: string,
  assignmentId: string,
  only: { instructor?: boolean; action?: string } = {},
): SeminarAccess & { assignment: AssignmentRow } {
  const access = only.instructor ? instructorAccess(userId, seminarId, only.action) : memberAccess(userId, seminarId);
  const assignment = getAssignment(getDb(), seminarId, assignmentId);
  if (!assignment) throw notFoundError(`Assignment "${assignmentId}"`);
  return { ...access, assignment };
}
