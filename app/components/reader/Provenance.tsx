import Link from "next/link";
import { CompletenessBadge } from "@/app/components/CompletenessBadge";
import type { DocumentSummary, EditionSummary } from "@/db/queries/corpus";
import { formatIsoDay } from "@/lib/format";

/** Where the text on the page comes from, under what licence, and how complete it is. */
export function Provenance({ document, edition }: { document: DocumentSummary; edition: EditionSummary }) {
  const others = document.editions.filter((e) => e.id !== edition.id);
  return (
    <aside className="provenance" aria-labelledby="provenance-title">
      <h2 id="provenance-title" className="panel-title">
        About this text
      </h2>
      <p className="provenance__badge">
        <CompletenessBadge edition={edition} /> <span>{edition.title}</span> <span className="muted">({edition.language})</span>
      </p>
      <dl>
        <dt>Source</dt>
        <dd>
          {edition.source.citation}
          {edition.source.file && (
            <>
              {" "}
              <span className="muted">
                Transcribed from <code>{edition.source.file}</code>, lines {edition.source.lines}.
              </span>
            </>
          )}
          {edition.source.url && (
            <>
              {" "}
              <a href={edition.source.url} rel="noreferrer">
                {edition.source.url}
              </a>
            </>
          )}
        </dd>
        <dt>Licence</dt>
        <dd>{edition.licence}</dd>
      </dl>
      <details className="provenance__more">
        <summary>More about this text{others.length > 0 ? ` and its ${others.length} other edition${others.length > 1 ? "s" : ""}` : ""}</summary>
        <dl>
          {edition.notes && (
            <>
              <dt>Notes</dt>
              <dd>{edition.notes}</dd>
            </>
          )}
          <dt>Document</dt>
          <dd>
            {document.citation}.{document.inForce ? ` In force ${formatIsoDay(document.inForce)}.` : ""} Authentic languages: {document.languages.join(", ")}.{" "}
            {document.notes}
          </dd>
          <dt>Parties</dt>
          <dd>{document.parties.join(", ")}</dd>
        </dl>
        {others.length > 0 && (
          <>
            <h3 className="panel-subtitle">Other editions</h3>
            <ul className="editions">
              {others.map((e) => (
                <li key={e.id}>
                  <Link href={`/documents/${document.id}/editions/${e.id}`}>{e.title}</Link> <CompletenessBadge edition={e} />
                </li>
              ))}
            </ul>
          </>
        )}
      </details>
    </aside>
  );
}
