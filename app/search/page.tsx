import type { Metadata } from "next";
import Link from "next/link";
import { Fragment, type ReactNode } from "react";
import { ApiError } from "@/app/api/http";
import { getDb } from "@/app/lib/db";
import { runSearch } from "@/app/lib/search";
import { currentViewer } from "@/app/lib/viewer";
import { listDocuments } from "@/db/queries/corpus";
import { HIT_END, HIT_START } from "@/db/queries/search";

export const metadata: Metadata = { title: "Search" };
export const dynamic = "force-dynamic";

type Query = { q?: string; document?: string; kind?: string };

/** A snippet with its matched words as <mark>, built as React text (no raw HTML). */
function Snippet({ text }: { text: string }): ReactNode {
  const parts = text.split(HIT_START);
  return (
    <>
      {parts.map((part, i) => {
        if (i === 0) return <Fragment key={i}>{part}</Fragment>;
        const [hit, rest] = part.split(HIT_END);
        return (
          <Fragment key={i}>
            <mark className="search-hit">{hit}</mark>
            {rest}
          </Fragment>
        );
      })}
    </>
  );
}

/** Search the texts of every edition and the notes you may read. */
export default async function SearchPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const q = (query.q ?? "").slice(0, 500);
  const kind = query.kind === "text" || query.kind === "notes" ? query.kind : "all";
  const documents = listDocuments(getDb());
  const document = documents.some((d) => d.id === query.document) ? query.document : undefined;
  let result: ReturnType<typeof runSearch> | null = null;
  let error: string | null = null;
  if (q.trim()) {
    try {
      const { viewer } = await currentViewer();
      result = runSearch(viewer, { q, kind, limit: 30, ...(document ? { document } : {}) });
    } catch (e) {
      if (e instanceof ApiError) error = e.message;
      else throw e;
    }
  }
  const titles = new Map(documents.map((d) => [d.id, d.shortTitle]));
  return (
    <div className="page narrow-wide">
      <h1>Search</h1>
      <form className="search-form" action="/search" method="get" role="search" aria-label="Search the texts and notes">
        <label className="search-form__q">
          <span>Words</span>
          <input name="q" defaultValue={q} type="search" aria-describedby="search-help" />
        </label>
        <label>
          <span>Document</span>
          <select name="document" defaultValue={document ?? ""}>
            <option value="">All documents</option>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {d.shortTitle}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>In</span>
          <select name="kind" defaultValue={kind}>
            <option value="all">texts and notes</option>
            <option value="text">treaty texts</option>
            <option value="notes">notes</option>
          </select>
        </label>
        <button type="submit" className="button button--primary">
          Search
        </button>
        <p id="search-help" className="muted search-form__help">
          All words must occur. &quot;A phrase&quot; in double quotes; <code>terror*</code> for words that begin so; <code>OR</code> between alternatives; <code>-word</code> to leave
          a word out. Accents do not matter.
        </p>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div className="search-results">
          {kind !== "notes" && (
            <section aria-labelledby="text-hits">
              <h2 id="text-hits">
                In the texts <span className="muted">({result.text.length})</span>
              </h2>
              {result.text.length === 0 ? (
                <p className="muted">No provision matches.</p>
              ) : (
                <ol className="hits">
                  {result.text.map((hit) => (
                    <li key={`${hit.document}-${hit.edition}-${hit.provision}`}>
                      <Link href={`/documents/${hit.document}/editions/${hit.edition}#${hit.provision}`}>
                        {titles.get(hit.document) ?? hit.document}, {hit.label}
                      </Link>{" "}
                      <span className="muted">({hit.edition})</span>
                      <p className="hit__snippet">
                        <Snippet text={hit.snippet} />
                      </p>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          )}
          {kind !== "text" && (
            <section aria-labelledby="note-hits">
              <h2 id="note-hits">
                In notes <span className="muted">({result.notes.length})</span>
              </h2>
              {result.notes.length === 0 ? (
                <p className="muted">No note you can read matches.</p>
              ) : (
                <ol className="hits">
                  {result.notes.map((hit) => (
                    <li key={hit.noteId}>
                      {hit.document && hit.edition ? (
                        <Link href={`/documents/${hit.document}/editions/${hit.edition}#${hit.provision ?? ""}`}>
                          Note by {hit.author} on {titles.get(hit.document) ?? hit.document}
                        </Link>
                      ) : (
                        <span>Note by {hit.author}</span>
                      )}
                      <p className="hit__snippet">
                        <Snippet text={hit.snippet} />
                      </p>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          )}
        </div>
      )}
    </div>
  );
}
