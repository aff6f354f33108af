import type { Metadata } from "next";
import Link from "next/link";
import { CodebookForm } from "@/app/components/analysis/CodebookForm";
import { currentUser } from "@/app/lib/auth";
import { getDb } from "@/app/lib/db";
import { getCodebook, listCodebooks } from "@/db/queries/codebooks";
import { listMySeminars } from "@/db/queries/seminars";

export const metadata: Metadata = { title: "Codebooks" };
export const dynamic = "force-dynamic";

/** The codebooks passages are coded against; instructors create their own and publish new versions. */
export default async function CodebooksPage({ searchParams }: { searchParams: Promise<{ version?: string }> }) {
  const { version } = await searchParams;
  const db = getDb();
  const user = await currentUser();
  const teaches = user ? listMySeminars(db, user.id).some((s) => s.role === "instructor") : false;
  const books = listCodebooks(db);
  const base = version ? getCodebook(db, version) : undefined;
  const editable = base && user && base.createdBy === user.id ? base : undefined;
  return (
    <div className="page narrow">
      <h1>Codebooks</h1>
      <ul className="seminar-list" aria-label="Codebooks">
        {books.map((b) => (
          <li key={b.id}>
            <Link href={`/analysis/elements?codebook=${b.id}`}>{b.name}</Link>
            <span className="muted">
              {" "}
              · version {b.version}
              {b.createdBy === null ? " · default" : ""}
            </span>
            {user && b.createdBy === user.id && (
              <>
                {" "}
                <Link href={`/analysis/codebooks?version=${b.id}`}>New version</Link>
              </>
            )}
          </li>
        ))}
      </ul>
      {teaches ? (
        <section aria-labelledby="new-codebook">
          <h2 id="new-codebook">{editable ? `New version of ${editable.name}` : "Create a codebook"}</h2>
          <CodebookForm base={editable ? { id: editable.id, name: editable.name, description: editable.description, elements: editable.elements } : undefined} />
        </section>
      ) : (
        <p className="muted">Instructors (people who teach a seminar) can create codebooks of their own.</p>
      )}
    </div>
  );
}
