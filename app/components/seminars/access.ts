import "server-only";
import { notFound, redirect } from "next/navigation";
import { ApiError } from "@/app/api/http";
import { currentUser } from "@/app/lib/auth";
import { assignmentAccess, memberAccess, type SeminarAccess } from "@/app/lib/seminars";
import type { AssignmentRow } from "@/db/schema";

/** The seminar a signed-in member may see, or a 404 (its existence is not revealed). */
export async function seminarPageAccess(id: string, path: string): Promise<SeminarAccess & { userId: string }> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  try {
    return { ...memberAccess(user.id, id), userId: user.id };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) notFound();
    throw error;
  }
}

/** The assignment a signed-in member may open, or a 404; instructors only when `instructor` is set (403 page otherwise). */
export async function assignmentPageAccess(
  seminarId: string,
  assignmentId: string,
  path: string,
  instructor = false,
): Promise<SeminarAccess & { userId: string; userName: string; assignment: AssignmentRow }> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (!/^[0-9a-f-]{36}$/.test(seminarId) || !/^[0-9a-f-]{36}$/.test(assignmentId)) notFound();
  try {
    const access = { ...assignmentAccess(user.id, seminarId, assignmentId), userId: user.id, userName: user.name };
    if (instructor && access.role !== "instructor") redirect(`/seminars/${seminarId}/assignments/${assignmentId}`);
    return access;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) notFound();
    throw error;
  }
}
