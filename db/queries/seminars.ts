import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { BodyJson } from "../../lib/annotations/types";
import type { Db } from "../client";
import { annotations, assignments, seminarMembers, seminars, user, type AssignmentRow, type SeminarMemberRow, type SeminarRow } from "../schema";

/** Seminars, their members and their assignments. */

export type Role = "instructor" | "student";

/** A seminar as its members see it, with the viewer's role. */
export interface SeminarSummary extends SeminarRow {
  role: Role;
  members: number;
}

/** Create a seminar with its creator as its first instructor. */
export function createSeminar(db: Db, values: { id: string; name: string; description: string; term: string; joinCode: string; userId: string; now: string }): void {
  db.transaction((tx) => {
    tx.insert(seminars)
      .values({ id: values.id, name: values.name, description: values.description, term: values.term, joinCode: values.joinCode, createdBy: values.userId, createdAt: values.now, updatedAt: values.now })
      .run();
    tx.insert(seminarMembers).values({ seminarId: values.id, userId: values.userId, role: "instructor", joinedAt: values.now }).run();
  });
}

/** A seminar by id. */
export function getSeminar(db: Db, id: string): SeminarRow | undefined {
  return db.select().from(seminars).where(eq(seminars.id, id)).get();
}

/** The seminar a join code opens, if joining is on. */
export function findSeminarByCode(db: Db, code: string): SeminarRow | undefined {
  return db.select().from(seminars).where(eq(seminars.joinCode, code)).get();
}

/** A user's membership of a seminar (current or past), if any. */
export function getMembership(db: Db, seminarId: string, userId: string): SeminarMemberRow | undefined {
  return db
    .select()
    .from(seminarMembers)
    .where(and(eq(seminarMembers.seminarId, seminarId), eq(seminarMembers.userId, userId)))
    .get();
}

/** A user's current membership of a seminar (not removed), if any. */
export function getActiveMembership(db: Db, seminarId: string, userId: string): SeminarMemberRow | undefined {
  return db
    .select()
    .from(seminarMembers)
    .where(and(eq(seminarMembers.seminarId, seminarId), eq(seminarMembers.userId, userId), isNull(seminarMembers.removedAt)))
    .get();
}

/** True when the user currently teaches at least one seminar (codebooks are instructors' to make). */
export function teachesAnySeminar(db: Db, userId: string): boolean {
  return (
    db
      .select({ one: sql`1` })
      .from(seminarMembers)
      .where(and(eq(seminarMembers.userId, userId), eq(seminarMembers.role, "instructor"), isNull(seminarMembers.removedAt)))
      .limit(1)
      .get() !== undefined
  );
}

/** The seminars a user currently belongs to, newest first. */
export function listMySeminars(db: Db, userId: string): SeminarSummary[] {
  return db
    .select({
      seminar: seminars,
      role: seminarMembers.role,
      members: sql<number>`(select count(*) from ${seminarMembers} m where m.seminar_id = ${seminars.id} and m.removed_at is null)`,
    })
    .from(seminarMembers)
    .innerJoin(seminars, eq(seminars.id, seminarMembers.seminarId))
    .where(and(eq(seminarMembers.userId, userId), isNull(seminarMembers.removedAt)))
    .orderBy(desc(seminars.createdAt))
    .all()
    .map((r) => ({ ...r.seminar, role: r.role, members: r.members }));
}

/** Ids of the seminars a user currently belongs to. */
export function activeSeminarIds(db: Db, userId: string): string[] {
  return db
    .select({ id: seminarMembers.seminarId })
    .from(seminarMembers)
    .where(and(eq(seminarMembers.userId, userId), isNull(seminarMembers.removedAt)))
    .all()
    .map((r) => r.id);
}

/**
 * The assignments whose peers' notes a user may not see yet: those of seminars where the user
 * is a student, set to "peers' notes after posting", on which the user has posted nothing.
 */
export function gatedAssignmentIds(db: Db, userId: string): string[] {
  return db
    .select({ id: assignments.id })
    .from(assignments)
    .innerJoin(seminarMembers, and(eq(seminarMembers.seminarId, assignments.seminarId), eq(seminarMembers.userId, userId)))
    .where(
      and(
        eq(assignments.peersAfterPosting, true),
        eq(seminarMembers.role, "student"),
        isNull(seminarMembers.removedAt),
        sql`not exists (select 1 from ${annotations} a where a.assignment_id = ${assignments.id} and a.author_id = ${userId} and a.deleted_at is null)`,
      ),
    )
    .all()
    .map((r) => r.id);
}

/** Members with their names, instructors first, then by name; removed members last. */
export function listMembers(db: Db, seminarId: string) {
  return db
    .select({ userId: seminarMembers.userId, name: user.name, role: seminarMembers.role, joinedAt: seminarMembers.joinedAt, removedAt: seminarMembers.removedAt })
    .from(seminarMembers)
    .innerJoin(user, eq(user.id, seminarMembers.userId))
    .where(eq(seminarMembers.seminarId, seminarId))
    .orderBy(sql`${seminarMembers.removedAt} is not null`, sql`${seminarMembers.role} = 'student'`, asc(user.name))
    .all();
}

/** Change a seminar's name, description, term or join code. */
export function updateSeminar(db: Db, id: string, values: Partial<Pick<SeminarRow, "name" | "description" | "term" | "joinCode">>, now: string): void {
  db.update(seminars)
    .set({ ...values, updatedAt: now })
    .where(eq(seminars.id, id))
    .run();
}

/** Add a member (or nothing, if already one). */
export function addMember(db: Db, seminarId: string, userId: string, role: Role, now: string): void {
  db.insert(seminarMembers).values({ seminarId, userId, role, joinedAt: now }).onConflictDoNothing().run();
}

/** Remove a member: the row stays with its date, so their notes show as from a former member. */
export function removeMember(db: Db, seminarId: string, userId: string, now: string): void {
  db.update(seminarMembers)
    .set({ removedAt: now })
    .where(and(eq(seminarMembers.seminarId, seminarId), eq(seminarMembers.userId, userId)))
    .run();
}

/** Make a member an instructor. */
export function promoteMember(db: Db, seminarId: string, userId: string): void {
  db.update(seminarMembers)
    .set({ role: "instructor" })
    .where(and(eq(seminarMembers.seminarId, seminarId), eq(seminarMembers.userId, userId)))
    .run();
}

/** How many current instructors a seminar has. */
export function instructorCount(db: Db, seminarId: string): number {
  return db
    .select({ n: sql<number>`count(*)` })
    .from(seminarMembers)
    .where(and(eq(seminarMembers.seminarId, seminarId), eq(seminarMembers.role, "instructor"), isNull(seminarMembers.removedAt)))
    .get()!.n;
}

/** A new assignment's fields. */
export interface NewAssignment {
  id: string;
  seminarId: string;
  title: string;
  prompt: BodyJson;
  promptText: string;
  compareQuery: string | null;
  provisions: string[] | null;
  opensAt: string;
  dueAt: string;
  peersAfterPosting: boolean;
  createdBy: string;
  now: string;
}

/** Store an assignment. */
export function createAssignment(db: Db, a: NewAssignment): void {
  const { now, ...values } = a;
  db.insert(assignments)
    .values({ ...values, createdAt: now, updatedAt: now })
    .run();
}

/** Change an assignment. */
export function updateAssignment(db: Db, id: string, values: Partial<Omit<NewAssignment, "id" | "seminarId" | "createdBy" | "now">>, now: string): void {
  db.update(assignments)
    .set({ ...values, updatedAt: now })
    .where(eq(assignments.id, id))
    .run();
}

/** An assignment of a seminar. */
export function getAssignment(db: Db, seminarId: string, id: string): AssignmentRow | undefined {
  return db
    .select()
    .from(assignments)
    .where(and(eq(assignments.id, id), eq(assignments.seminarId, seminarId)))
    .get();
}

/** An assignment by id alone (for checking a note's link to it). */
export function getAssignmentById(db: Db, id: string): AssignmentRow | undefined {
  return db.select().from(assignments).where(eq(assignments.id, id)).get();
}

/** A seminar's assignments, by due date. */
export function listAssignments(db: Db, seminarId: string): AssignmentRow[] {
  return db.select().from(assignments).where(eq(assignments.seminarId, seminarId)).orderBy(asc(assignments.dueAt), asc(assignments.title)).all();
}

/** The latest notes written for a seminar, for its "recent activity". */
export function recentSeminarNotes(db: Db, seminarId: string, limit = 10) {
  return db
    .select({ id: annotations.id, authorName: user.name, bodyText: annotations.bodyText, createdAt: annotations.createdAt, assignmentId: annotations.assignmentId, inReplyTo: annotations.inReplyTo, deletedAt: annotations.deletedAt })
    .from(annotations)
    .innerJoin(user, eq(user.id, annotations.authorId))
    .where(and(eq(annotations.seminarId, seminarId), eq(annotations.visibility, "seminar")))
    .orderBy(desc(annotations.createdAt))
    .limit(limit)
    .all();
}
