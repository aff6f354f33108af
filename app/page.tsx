import Link from "next/link";
import { CompletenessBadge } from "@/app/components/CompletenessBadge";
import { getDb } from "@/app/lib/db";
import { listCorpusNotices, listDocuments } from "@/db/queries/corpus";
import { documentTypeName, formatIsoDay } from "@/lib/format";

export const dynamic = "force-dynamic";

export default function LibraryPage() {
  const db = getDb();
  const documents = listDocuments(db);
  const notices = listCorpusNotices(db);
  return (
    <div className="page">
      <h1>Library</h1>
      <p className="lede">
        {documents.length} instruments on terrorism, separatism and extremism, each with the texts we hold of it. Every text says whether it is the full
        text or an excerpt, and where it comes from.
      </p>
      <ol className="library" aria-label="Documents">
        {documents.map((doc) => {
          const preferred = doc.editions[0];
          return (
            <li key={doc.id} className="library__item">
              <article aria-labelledby={`doc-${doc.id}`}>
                <h2 id={`doc-${doc.id}`} className="library__title">
                  <Link href={`/documents/${doc.id}`}>{doc.title}</Link>
                </h2>
                <p className="library__meta">
                  <span>{documentTypeName(doc.type)}</span>
                  <span>
                    {doc.adopted.place ? `${doc.adopted.place}, ` : ""}
                    {formatIsoDay(doc.adopted.date)}
                  </span>
                  {preferred ? <CompletenessBadge edition={preferred} /> : <span className="badge badge--none">No text imported</span>}
                </p>
                <h3 className="visually-hidden">Editions of the {doc.shortTitle}</h3>
                <ul className="editions">
                  {doc.editions.map((edition) => (
                    <li key={edition.id}>
                      <Link href={`/documents/${doc.id}/editions/${edition.id}`}>{edition.title}</Link>
                      <span className="editions__lang" title="Language">
                        {edition.language}
                      </span>
                      <CompletenessBadge edition={edition} />
                    </li>
                  ))}
                </ul>
                <p className="library__actions">
                  <Link href={`/compare?left=${doc.id}`} aria-label={`Compare the ${doc.shortTitle} with…`}>
                    Compare with…
                  </Link>
                </p>
              </article>
            </li>
          );
        })}
      </ol>
      {notices.length > 0 && (
        <section className="notices" aria-labelledby="notices-title">
          <h2 id="notices-title">Corpus notices</h2>
          <p>The last import could not use everything in the corpus folders. The rest of the library is unaffected.</p>
          <ul>
            {notices.map((n) => (
              <li key={n.key}>
                <code>
                  {n.file}
                  {n.line !== null ? `:${n.line}` : ""}
                </code>{" "}
                <span className={`notice-level notice-level--${n.level}`}>{n.level}</span> {n.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
