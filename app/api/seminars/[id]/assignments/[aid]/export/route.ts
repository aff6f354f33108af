import { attachment, parseParams, route } from "@/app/api/http";
import { requireUser } from "@/app/lib/auth";
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
  const user = await requireUser(request, "Sign in to export an assignment's notes.");
  assignmentAccess(user.id, id, aid, { instructor: true, action: "export its notes" });
  const db = getDb();
  const notes = exportRecords(listNotes(db, viewerFor(user.id), { assignment: aid }), undefined);
  const { label } = labeller(db);
  return attachment(toCsv(notes, label), `assignment-${aid}.csv`, "text/csv; charset=utf-8");
});
