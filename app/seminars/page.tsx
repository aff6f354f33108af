import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CreateSeminarForm, JoinSeminarForm } from "@/app/components/seminars/SeminarForms";
import { currentUser } from "@/app/lib/auth";
import { getDb } from "@/app/lib/db";
import { listMySeminars } from "@/db/queries/seminars";

export const metadata: Metadata = { title: "Seminars" };
export const dynamic = "force-dynamic";

/** Your seminars; create one, join one, or (with ?assign=) choose one to set a comparison in. */
export default async function SeminarsPage({ searchParams }: { searchParams: Promise<{ assign?: string }> }) {
  const user = await currentUser();
  const { assign } = await searchParams;
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`/seminars${assign ? `?assign=${encodeURIComponent(assign)}` : ""}`)}`);
  const seminars = listMySeminars(getDb(), user.id);
  const teaching = seminars.filter((s) => s.role === "instructor");
  return (
    <div className="page narrow">
      <h1>Seminars</h1>
      {assign && (
        <section className="callout" aria-labelledby="assign-title">
          <h2 id="assign-title">Set this comparison as an assignment</h2>
          {teaching.length === 0 ? (
            <p>You teach no seminar yet: create one below first.</p>
          ) : (
            <ul>
              {teaching.map((s) => (
                <li key={s.id}>
                  <Link href={`/seminars/${s.id}/assignments/new?compare=${encodeURIComponent(assign)}`}>In {s.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {seminars.length === 0 ? (
        <p className="lede">You belong to no seminar yet. Join one with the code your instructor gave you, or create one to teach.</p>
      ) : (
        <ul className="seminar-list" aria-label="Your seminars">
          {seminars.map((s) => (
            <li key={s.id}>
              <Link href={`/seminars/${s.id}`}>{s.name}</Link>
              <span className="muted">
                {" "}
                {s.term && `${s.term} · `}
                {s.role === "instructor" ? "you teach it" : "student"} · {s.members} member{s.members === 1 ? "" : "s"}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="two-forms">
        <JoinSeminarForm />
        <CreateSeminarForm />
      </div>
    </div>
  );
}
