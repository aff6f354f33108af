import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Handout } from "@/app/components/handout/Handout";
import { PrintButton } from "@/app/components/handout/PrintButton";
import { assignmentPageAccess } from "@/app/components/seminars/access";
import { loadComparison } from "@/app/compare/load";
import { getDb } from "@/app/lib/db";
import { viewerFor } from "@/app/lib/viewer";
import { listNotes } from "@/db/queries/annotations";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Assignment handout" };

/**
 * An assignment's printable handout: its prompt, the comparison it sets with the differences in
 * black and white, optionally the seminar's notes (`?notes=seminar`), and every edition's citation.
 */
export default async function AssignmentHandoutPage({ params, searchParams }: { params: Promise<{ id: string; aid: string }>; searchParams: Promise<{ notes?: string }> }) {
  const { id, aid } = await params;
  const { notes: mode } = await searchParams;
  const base = `/seminars/${id}/assignments/${aid}`;
  const { assignment, userId } = await assignmentPageAccess(id, aid, `${base}/handout`);
  if (!assignment.compareQuery) notFound();
  // A stored comparison whose texts have left the library is gone, as on the assignment page.
  const { comparison } = loadComparison(new URLSearchParams(assignment.compareQuery));
  if (!comparison) notFound();
  const db = getDb();
  const withNotes = mode === "seminar";
  const notes = withNotes ? listNotes(db, viewerFor(userId), { assignment: aid, includeDeleted: false }) : null;
  return (
    <div className="handout-page">
      <div className="handout-toolbar">
        <PrintButton />
        <Link className="button" href={base}>
          Back to the assignment
        </Link>
        <Link className="button" href={withNotes ? `${base}/handout` : `${base}/handout?notes=seminar`} prefetch={false}>
          {withNotes ? "Leave out the seminar's notes" : "Include the seminar's notes"}
        </Link>
      </div>
      <div className="handout-sheet">
        <Handout comparison={comparison} prompt={assignment.prompt} notes={notes} heading={assignment.title} />
      </div>
    </div>
  );
}
