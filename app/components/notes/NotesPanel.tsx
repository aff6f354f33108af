"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import type { Citable } from "./CommentEditor";
import { Composer } from "./Composer";
import { NoteCard } from "./NoteCard";
import { useNotes } from "./NotesProvider";

/**
 * The notes beside a text: the composer, filters by author and tag, the notes in text order
 * with their replies, the orphaned notes of this edition with their original quotes, and exports.
 */
export function NotesPanel({ citables, allowMoreTargets = false, exportQuery, signInHref }: { citables: Citable[]; allowMoreTargets?: boolean; exportQuery: string; signInHref: string }) {
  const { threads, viewer, texts, live, composer } = useNotes();
  const [author, setAuthor] = useState("");
  const [tag, setTag] = useState("");
  const authors = useMemo(() => [...new Map(threads.map((t) => [t.note.author.id, t.note.author.name])).entries()], [threads]);
  const tags = useMemo(() => [...new Set(threads.flatMap((t) => t.note.tags))].sort(), [threads]);
  const inText = (anchored: boolean) =>
    threads.filter(({ note }) => {
      const here = note.targets.filter((t) => texts.some((x) => x.document === t.document && x.edition === t.edition));
      const orphan = here.length > 0 && here.every((t) => t.anchor.status === "orphan");
      return anchored ? !orphan : orphan;
    });
  const shown = inText(true).filter(({ note }) => (!author || note.author.id === author) && (!tag || note.tags.includes(tag)));
  const orphans = inText(false);
  const edition = texts.length === 1 ? { document: texts[0]!.document, edition: texts[0]!.edition } : undefined;

  return (
    <aside className="notes-panel" aria-labelledby="notes-title">
      <div className="notes-panel__head">
        <h2 id="notes-title" className="panel-title">
          Notes
        </h2>
        <span className={`live live--${live}`} role="status">
          {live === "live" ? "Live" : live === "connecting" ? "Connecting…" : "Offline: reload to see new notes"}
        </span>
      </div>
      {viewer ? (
        !composer && (
          <p className="muted notes-panel__help">
            Select words in the text and choose <strong>Annotate</strong> (or press <kbd>Ctrl+Alt+M</kbd>), or use a provision&apos;s <strong>Annotate</strong> button.
          </p>
        )
      ) : (
        <p className="notes-panel__help">
          <Link href={signInHref}>Sign in</Link> to write notes. Reading them needs no account.
        </p>
      )}
      <Composer citables={citables} allowMoreTargets={allowMoreTargets} />
      {threads.length > 0 && (
        <div className="notes-panel__filters">
          <label>
            <span>Author</span>
            <select value={author} onChange={(e) => setAuthor(e.target.value)}>
              <option value="">Everyone</option>
              {authors.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Tag</span>
            <select value={tag} onChange={(e) => setTag(e.target.value)}>
              <option value="">Any</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {shown.length === 0 ? (
        <p className="muted">{threads.length === 0 ? "No notes yet." : "No note matches these filters."}</p>
      ) : (
        <ol className="notes-panel__list" aria-label="Notes in text order">
          {shown.map(({ note, number, replies }) => (
            <li key={note.id}>
              <NoteCard note={note} number={number} replies={replies} edition={edition} />
            </li>
          ))}
        </ol>
      )}
      {orphans.length > 0 && (
        <section className="notes-panel__orphans" aria-labelledby="orphans-title">
          <h3 id="orphans-title">Orphaned notes ({orphans.length})</h3>
          <p className="muted">Their passages are not in this edition. Each keeps the words it was written on.</p>
          <ol>
            {orphans.map(({ note, number, replies }) => (
              <li key={note.id}>
                <NoteCard note={note} number={number} replies={replies} edition={edition} />
              </li>
            ))}
          </ol>
        </section>
      )}
      <p className="notes-panel__export">
        Export these notes: <a href={`/api/annotations/export?format=markdown&${exportQuery}`}>Markdown</a> · <a href={`/api/annotations/export?format=csv&${exportQuery}`}>CSV</a> ·{" "}
        <a href={`/api/annotations/export?format=jsonld&${exportQuery}`}>W3C JSON-LD</a>
      </p>
    </aside>
  );
}
