import { ApiError, parseParams, route } from "@/app/api/http";
import { currentUser } from "@/app/lib/auth";
import { getDb } from "@/app/lib/db";
import { exportRecords, labeller } from "@/app/lib/note-export";
import { assignmentAccess } from "@/app/lib/seminars";
import { listNotes } from "@/db/queries/annotations";
import { toCsv } from "@/lib/annotations/export";
import { viewerFor } from "@/app/lib/viewer";
import { assignmentId, seminarId } from "../../../../schema";

export const dynamic = "force-dynamic";

/** GET /api/seminars/{id}/assignments/{aid}/export: every note of the assignment as CSV (instructors only). */
export const GET = route(async (request: Request, context: { params: Promise<{ id: string; aid: string }> }) => {
  const params = await context.params;
  const id = parseParams(seminarId, params.id);
  const aid = parseParams(assignmentId, params.aid);
  const user = await currentUser(request);
  if (!user) throw new ApiError(401, "unauthenticated", "Sign in to export an assignment's notes.");
  const { role } = assignmentAccess(user.id, id, aid);
  if (role !== "instructor") throw new ApiError(403, "forbidden", "Only the seminar's instructors can export its notes");
  const db = getDb();
  const notes = exportRecords(listNotes(db, viewerFor(user.id), { assignment: aid }), undefined);
  const { label } = labeller(db);
  return new Response(`\ufeff${toCsv(notes, label)}`, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="assignment-${aid}.csv"` },
  });
});
