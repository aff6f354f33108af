import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/app/components/Breadcrumb";
import { notFound } from "next/navigation";
import { presentNote } from "@/app/api/annotations/present";
import { CompareRows } from "@/app/components/compare/CompareRows";
import { DiffText } from "@/app/components/compare/DiffText";
import { NotesPanel } from "@/app/components/notes/NotesPanel";
import { citablesOf, notesLayer } from "@/app/components/notes/layer";
import { NotesProvider } from "@/app/components/notes/NotesProvider";
import { SelectionAnnotator } from "@/app/components/notes/SelectionAnnotator";
import { renderProseMirror } from "@/app/components/prose-static";
import { RichBody } from "@/app/components/RichBody";
import { assignmentPageAccess } from "@/app/components/seminars/access";
import { loadComparison } from "@/app/compare/load";
import { cellDoc, CompareNotFound, pageText, resolveSide, sideText, uniqueEditions, type ResolvedSide } from "@/app/lib/compare";
import { getDb } from "@/app/lib/db";
import { viewerFor } from "@/app/lib/viewer";
import { listNotes } from "@/db/queries/annotations";
import { parseSide } from "@/lib/compare/params";
import { formatDateTime } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Assignment" };

type Props = { params: Promise<{ id: string; aid: string }> };

/**
 * An assignment as students work on it: the comparison (or the provisions) it sets, its prompt in
 * the side panel, and the notes written for it, which go to the seminar by default.
 */
export default async function AssignmentPage({ params }: Props) {
  const { id, aid } = await params;
  const path = `/seminars/${id}/assignments/${aid}`;
  const { seminar, role, userId, userName, assignment } = await assignmentPageAccess(id, aid, path);
  const db = getDb();
  const viewer = viewerFor(userId);

  let sides: ResolvedSide[];
  let body: React.ReactNode;
  try {
    if (assignment.compareQuery) {
      const { comparison } = loadComparison(new URLSearchParams(assignment.compareQuery));
      if (!comparison) notFound();
      sides = comparison.sides;
      body = <CompareRows pair={comparison.pairs[0]!} params={comparison.params} />;
    } else {
      sides = (assignment.provisions ?? []).map((s, i) => resolveSide(db, parseSide(s), `provisions[${i}]`));
      body = (
        <ol className="compare-rows assignment-provisions" aria-label="Provisions to read">
          {sides.map((side, i) => {
            const { doc } = cellDoc(side, side.provision!, `p${i}-`);
            return (
              <li key={i} className="crow">
                <p className="crow__labels">
                  <Link href={`/documents/${side.document.id}/editions/${side.edition.id}#${side.provision!.id}`}>
                    {side.document.shortTitle} {side.provision!.label}
                  </Link>
                </p>
                <DiffText marks={[]} label={`${side.provision!.label}, ${side.document.shortTitle}`} text={sideText(side)}>
                  {renderProseMirror(doc)}
                </DiffText>
              </li>
            );
          })}
        </ol>
      );
    }
  } catch (error) {
    if (error instanceof CompareNotFound || error instanceof RangeError) notFound();
    throw error;
  }
  const texts = uniqueEditions(sides).map(pageText);
  // An assignment's page shows the notes written for it, not every note on its editions.
  const notes = listNotes(db, viewer, { assignment: aid }).map((n) => presentNote(n, userId));
  const citables = citablesOf(sides);
  const layer = notesLayer(db, { id: userId, name: userName });
  const opened = new Date(assignment.opensAt).getTime() <= Date.now();
  const gated = viewer.gatedAssignments?.includes(aid) ?? false;

  return (
    <div className="page page--compare">
      <Breadcrumb items={[{ label: "Seminars", href: "/seminars" }, { label: seminar.name, href: `/seminars/${id}` }, { label: assignment.title }]} />
      <h1>{assignment.title}</h1>
      <p className="lede">
        Opens {formatDateTime(assignment.opensAt)} · due {formatDateTime(assignment.dueAt)}
        {assignment.peersAfterPosting && " · you see other students' notes once you have posted your own"}
      </p>
      {role === "instructor" && (
        <p className="button-row">
          <Link className="button" href={`${path}/overview`}>
            Overview of the students&apos; work
          </Link>
          <Link className="button" href={`${path}/agreement`}>
            Agreement between coders
          </Link>
          {assignment.compareQuery && (
            <>
              <Link className="button" href={`/compare/present?${assignment.compareQuery}`}>
                Present in class
              </Link>
              <Link className="button" href={`${path}/handout`}>
                Printable handout
              </Link>
            </>
          )}
        </p>
      )}
      <NotesProvider {...layer} texts={texts} initialNotes={notes} assignment={{ id: aid, seminarId: id, seminarName: seminar.name }}>
        <div className="compare-body">
          <div className="compare-body__rows">{body}</div>
          <div className="assignment-side">
            <section className="prompt-panel" aria-labelledby="prompt-title">
              <h2 id="prompt-title" className="panel-title">
                Prompt
              </h2>
              <RichBody body={assignment.prompt} />
              {!opened && role === "student" && <p className="form-error">This assignment opens on {formatDateTime(assignment.opensAt)}; you can read it, and write notes once it opens.</p>}
              {gated && <p className="muted">Other students&apos; notes appear here once you have posted your first note.</p>}
            </section>
            <NotesPanel citables={citables} allowMoreTargets exportQuery={`document=${texts[0]?.document ?? ""}`} signInHref={`/sign-in?next=${encodeURIComponent(path)}`} />
          </div>
        </div>
        <SelectionAnnotator signInHref={`/sign-in?next=${encodeURIComponent(path)}`} />
      </NotesProvider>
    </div>
  );
}
