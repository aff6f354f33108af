import "server-only";
import { notFound, redirect } from "next/navigation";
import { ApiError } from "@/app/api/http";
import { currentUser } from "@/app/lib/auth";
import { assignmentAccess, memberAccess, type SeminarAccess } from "@/app/lib/seminars";
import type { AssignmentRow } from "@/db/schema";

/** Seminar and assignment ids are UUIDs; anything else is a 404 without a lookup. */
const ID = /^[0-9a-f-]{36}$/;

/**
 * The signed-in user (else a redirect to sign in and come back to `path`), once every id is
 * well formed (else a 404). Signing in comes first, so an anonymous visitor learns nothing.
 */
async function signedIn(path: string, ids: readonly string[]) {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (!ids.every((id) => ID.test(id))) notFound();
  return user;
}

/** Run an access check; its 404 (the seminar or assignment is not there for this user) becomes the 404 page. */
function orNotFound<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) notFound();
    throw error;
  }
}

/**
 * The seminar a signed-in member may see, or a 404 (its existence is not revealed); instructors
 * only when `instructor` is set (others are sent to the seminar's page).
 */
export async function seminarPageAccess(id: string, path: string, instructor = false): Promise<SeminarAccess & { userId: string }> {
  const user = await signedIn(path, [id]);
  const access = orNotFound(() => memberAccess(user.id, id));
  if (instructor && access.role !== "instructor") redirect(`/seminars/${id}`);
  return { ...access, userId: user.id };
}

/** The assignment a signed-in member may open, or a 404; instructors only when `instructor` is set (others are sent to the assignment). */
export async function assignmentPageAccess(
  seminarId: string,
  assignmentId: string,
  path: string,
  instructor = false,
): Promise<SeminarAccess & { userId: string; userName: string; assignment: AssignmentRow }> {
  const user = await signedIn(path, [seminarId, assignmentId]);
  const access = orNotFound(() => assignmentAccess(user.id, seminarId, assignmentId));
  if (instructor && access.role !== "instructor") redirect(`/seminars/${seminarId}/assignments/${assignmentId}`);
  return { ...access, userId: user.id, userName: user.name };
}
