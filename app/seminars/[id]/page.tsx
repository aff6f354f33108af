import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/app/components/Breadcrumb";
import { requestOrigin } from "@/app/components/request-origin";
import { JoinCodePanel, MemberActions } from "@/app/components/seminars/SeminarAdmin";
import { getDb } from "@/app/lib/db";
import { seminarPageAccess } from "@/app/components/seminars/access";
import { listAssignments, listMembers, recentSeminarNotes } from "@/db/queries/seminars";
import { formatDateTime } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Seminar" };

type Props = { params: Promise<{ id: string }> };

/** A seminar: its assignments, members, join code (instructors) and recent activity. */
export default async function SeminarPage({ params }: Props) {
  const { id } = await params;
  const { seminar, role, userId } = await seminarPageAccess(id, `/seminars/${id}`);
  const db = getDb();
  const teaching = role === "instructor";
  const members = listMembers(db, id);
  const assignments = listAssignments(db, id);
  const activity = recentSeminarNotes(db, id, 8);
  const origin = await requestOrigin();
  return (
    <div className="page">
      <Breadcrumb items={[{ label: "Seminars", href: "/seminars" }, { label: seminar.name }]} />
      <h1>{seminar.name}</h1>
      <p className="lede">
        {seminar.term && <span>{seminar.term} · </span>}
        {teaching ? "You teach this seminar." : "You are a student in this seminar."}
      </p>
      {seminar.description && <p className="seminar-description">{seminar.description}</p>}
      <div className="seminar-grid">
        <section aria-labelledby="assignments-title">
          <h2 id="assignments-title">Assignments</h2>
          {assignments.length === 0 ? (
            <p className="muted">No assignment yet.</p>
          ) : (
            <ul className="assignment-list">
              {assignments.map((a) => (
                <li key={a.id}>
                  <Link href={`/seminars/${id}/assignments/${a.id}`}>{a.title}</Link>
                  <span className="muted">
                    {" "}
                    · opens {formatDateTime(a.opensAt)} · due {formatDateTime(a.dueAt)}
                  </span>
                  {teaching && (
                    <span className="assignment-list__tools">
                      {" "}
                      <Link href={`/seminars/${id}/assignments/${a.id}/overview`}>Overview</Link>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {teaching && (
            <p>
              <Link className="button button--primary" href={`/seminars/${id}/assignments/new`}>
                New assignment
              </Link>
            </p>
          )}
          <h2 id="activity-title">Recent activity</h2>
          {activity.length === 0 ? (
            <p className="muted">No notes yet.</p>
          ) : (
            <ul className="activity" aria-labelledby="activity-title">
              {activity.map((n) => (
                <li key={n.id}>
                  <strong>{n.authorName}</strong> {n.inReplyTo ? "replied" : "wrote"} <span className="muted">{formatDateTime(n.createdAt)}</span>
                  {n.deletedAt ? <em className="muted"> (deleted)</em> : <span className="activity__text"> “{n.bodyText.slice(0, 120)}{n.bodyText.length > 120 ? "…" : ""}”</span>}
                  {n.assignmentId && (
                    <>
                      {" "}
                      <Link href={`/seminars/${id}/assignments/${n.assignmentId}#note-${n.id}`}>Open</Link>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <aside aria-labelledby="members-title">
          {teaching && <JoinCodePanel seminarId={id} code={seminar.joinCode} origin={origin} />}
          <h2 id="members-title">Members</h2>
          <ul className="member-list" aria-labelledby="members-title">
            {members.map((m) => (
              <li key={m.userId} className={m.removedAt ? "is-former" : undefined}>
                <span>
                  {m.name}
                  {m.userId === userId && " (you)"}
                </span>{" "}
                <span className="muted">{m.removedAt ? "former member" : m.role}</span>
                {teaching && !m.removedAt && m.userId !== userId && <MemberActions seminarId={id} userId={m.userId} name={m.name} role={m.role} />}
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </div>
  );
}
