import "server-only";
import type { Viewer } from "@/db/queries/annotations";
import { activeSeminarIds, gatedAssignmentIds } from "@/db/queries/seminars";
import { currentUser } from "./auth";
import { getDb } from "./db";

/** The signed-in user (or null) and what they may read: their seminars and gated assignments. */
export async function currentViewer(request?: Request): Promise<{ user: Awaited<ReturnType<typeof currentUser>>; viewer: Viewer }> {
  const user = await currentUser(request);
  return { user, viewer: viewerFor(user?.id ?? null) };
}

/** The reading rights of a user id (or of nobody). */
export function viewerFor(userId: string | null): Viewer {
  if (!userId) return { id: null };
  const db = getDb();
  return { id: userId, seminarIds: activeSeminarIds(db, userId), gatedAssignments: gatedAssignmentIds(db, userId) };
}
