import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/app/components/Breadcrumb";
import { assignmentPageAccess } from "@/app/components/seminars/access";
import { assignmentWork } from "@/app/lib/assignment-work";
import { getDb } from "@/app/lib/db";
import { formatDateTime } from "@/lib/format";
import { TableScroll } from "@/app/components/TableScroll";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Assignment overview" };

/** The instructor's view of an assignment: who wrote what, in text order, and where discussion concentrated. */
export default async function OverviewPage({ params }: { params: Promise<{ id: string; aid: string }> }) {
  const { id, aid } = await params;
  const base = `/seminars/${id}/assignments/${aid}`;
  const { seminar, assignment, userId } = await assignmentPageAccess(id, aid, `${base}/overview`, true);
  const work = assignmentWork(getDb(), userId, assignment);
  return (
    <div className="page">
      <Breadcrumb items={[{ label: "Seminars", href: "/seminars" }, { label: seminar.name, href: `/seminars/${id}` }, { label: assignment.title, href: base }, { label: "Overview" }]} />
      <h1>Overview: {assignment.title}</h1>
      <p className="lede">
        Due {formatDateTime(assignment.dueAt)}. <a href={`/api/seminars/${id}/assignments/${aid}/export`}>Export all notes of the assignment (CSV)</a>
      </p>

      <h2 id="students-title">Students</h2>
      <TableScroll label="Students">
        <table className="data-table" aria-labelledby="students-title">
          <thead>
            <tr>
              <th scope="col">Student</th>
              <th scope="col">Notes</th>
              <th scope="col">Replies</th>
              <th scope="col">After the due date</th>
            </tr>
          </thead>
          <tbody>
            {work.students.map((s) => (
              <tr key={s.userId}>
                <th scope="row">
                  <a href={`#student-${s.userId}`}>{s.name}</a>
                  {s.former && <span className="muted"> (former member)</span>}
                </th>
                <td>{s.notes}</td>
                <td>{s.replies}</td>
                <td>{s.late}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h2 id="heat-title">Where discussion concentrated</h2>
      <p className="muted">Notes and replies per provision, in the order of the texts. The bars repeat the numbers.</p>
      <TableScroll label="Notes per provision">
        <table className="data-table heat" aria-labelledby="heat-title">
          <thead>
            <tr>
              <th scope="col">Provision</th>
              <th scope="col">Notes</th>
              <th scope="col">Replies</th>
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {work.heat.map((row) => (
              <tr key={row.provision}>
                <th scope="row">{row.label}</th>
                <td>{row.notes}</td>
                <td>{row.replies}</td>
                <td>
                  <span className="heat__bar" style={{ width: `${Math.round(row.share * 100)}%` }} aria-hidden="true" />
                  <span className="heat__value">{row.total}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h2>Each student&apos;s notes, in text order</h2>
      {work.students.map((s) => (
        <section key={s.userId} id={`student-${s.userId}`} aria-labelledby={`student-${s.userId}-title`} className="student-notes">
          <h3 id={`student-${s.userId}-title`}>
            {s.name} <span className="muted">({s.notes} notes, {s.replies} replies)</span>
          </h3>
          {s.items.length === 0 ? (
            <p className="muted">Nothing yet.</p>
          ) : (
            <ol>
              {s.items.map((r) => (
                <li key={r.id}>
                  <span className="muted">{r.label || "—"}</span> {r.isReply ? "(reply) " : ""}
                  {r.note.targets[0] && !r.isReply && <q>{r.note.targets[0].quote.exact}</q>} {r.note.bodyText}{" "}
                  <Link href={`${base}#note-${r.id}`}>Open in the assignment</Link>
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}
