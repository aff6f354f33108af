"use client";

import { useEffect, useRef, useState } from "react";
import type { NoteJson } from "@/app/api/annotations/present";
import { get } from "@/app/components/api-client";
import { RichBody } from "@/app/components/RichBody";
import { FormError } from "@/app/components/useApiAction";
import { formatDateTime } from "@/lib/format";
import { useNotes } from "./NotesProvider";

/** How a passage was found in this edition, in words ("needs review" for fuzzy matches). */
export function AnchorBadge({ note, edition }: { note: NoteJson; edition?: { document: string; edition: string } }) {
  const target = note.targets.find((t) => !edition || (t.document === edition.document && t.edition === edition.edition));
  if (!target) return null;
  switch (target.anchor.status) {
    case "exact":
      return null;
    case "moved":
      return <span className="anchor-badge anchor-badge--moved">Found in a different place</span>;
    case "fuzzy":
      return <span className="anchor-badge anchor-badge--fuzzy">Needs review: the words changed ({Math.round(target.anchor.score * 100)}% match)</span>;
    case "orphan":
      return <span className="anchor-badge anchor-badge--orphan">Passage not found in this edition</span>;
  }
}

function Revisions({ note }: { note: NoteJson }) {
  const [revisions, setRevisions] = useState<{ version: number; bodyText: string; editedAt: string }[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <details
      className="note__history"
      onToggle={(e) => {
        if ((e.target as HTMLDetailsElement).open && !revisions) {
          setError(null);
          get<{ revisions: { version: number; bodyText: string; editedAt: string }[] }>(`/api/annotations/${note.id}/revisions`)
            .then((json) => setRevisions(json.revisions))
            .catch((e: Error) => setError(e.message));
        }
      }}
    >
      <summary>Edited — history ({note.version} versions)</summary>
      {revisions ? (
        <ol>
          {revisions.map((r) => (
            <li key={r.version}>
              <span className="muted">
                Version {r.version}, {formatDateTime(r.editedAt)}:
              </span>{" "}
              {r.bodyText}
            </li>
          ))}
        </ol>
      ) : error ? (
        <FormError error={error} />
      ) : (
        <p className="muted">Loading…</p>
      )}
    </details>
  );
}

/** One note (or reply): quote, body, author, date, tags, status, and what the viewer may do. */
export function NoteCard({ note, number, replies = [], edition }: { note: NoteJson; number?: number; replies?: NoteJson[]; edition?: { document: string; edition: string } }) {
  const { viewer, focused, focusOrigin, focus, setComposer, remove, codebooks } = useNotes();
  const book = note.codes ? codebooks.find((b) => b.id === note.codes!.codebookId) : undefined;
  const ref = useRef<HTMLElement>(null);
  const [error, setError] = useState<string | null>(null);
  const isFocused = focused === note.id;
  useEffect(() => {
    if (isFocused && focusOrigin === "text") {
      ref.current?.scrollIntoView({ block: "nearest" });
      ref.current?.focus({ preventScroll: true });
    }
  }, [isFocused, focusOrigin]);
  const target = note.targets.find((t) => !edition || (t.document === edition.document && t.edition === edition.edition)) ?? note.targets[0];
  const heading = number ? `${note.codes ? "Coding" : "Note"} ${number}` : note.inReplyTo ? "Reply" : "Note";
  return (
    <article
      ref={ref}
      tabIndex={-1}
      id={`note-${note.id}`}
      className={`note${isFocused ? " is-focused" : ""}${note.deleted ? " note--deleted" : ""}${note.inReplyTo ? " note--reply" : ""}`}
      aria-label={`${heading} by ${note.author.name}`}
      data-note-card={note.id}
    >
      <header className="note__head">
        {number !== undefined && (
          <button type="button" className="note__number" onClick={() => focus(note.id, "panel")} aria-label={`Show note ${number} in the text`}>
            {number}
          </button>
        )}
        <span className="note__author">
          {note.author.name}
          {note.formerMember && <span className="muted"> (former member)</span>}
        </span>
        <time className="muted" dateTime={note.created}>
          {formatDateTime(note.created)}
        </time>
        {note.visibility === "private" && <span className="visibility-badge">Only you</span>}
        {note.visibility === "seminar" && <span className="visibility-badge">Seminar</span>}
      </header>
      {target && !note.inReplyTo && (
        <blockquote className="note__quote">
          {target.quote.exact.length > 160 ? `${target.quote.exact.slice(0, 160)}…` : target.quote.exact}
          {note.targets.filter((t) => t.index !== target.index && t.origin === "selected").length > 0 && (
            <span className="muted"> (+ {new Set(note.targets.map((t) => t.index)).size - 1} more passage)</span>
          )}
        </blockquote>
      )}
      {!note.inReplyTo && <AnchorBadge note={note} edition={edition} />}
      {note.deleted ? (
        <p className="note__deleted">This note was deleted by its author.</p>
      ) : (
        <>
          {note.codes && (
            <p className="note__codes">
              <span className="note__codes-label">Coded{book ? ` (${book.name})` : ""}:</span>{" "}
              {(book ? book.elements.filter((e) => note.codes!.codes.includes(e.code)).map((e) => e.name) : note.codes.codes).join(" · ")}
            </p>
          )}
          {note.bodyText.trim() !== "" && <RichBody body={note.body} fallback={<p className="muted">(This comment could not be shown.)</p>} />}
          {note.tags.length > 0 && (
            <ul className="note__tags" aria-label="Tags">
              {note.tags.map((t) => (
                <li key={t}>#{t}</li>
              ))}
            </ul>
          )}
          {note.version > 1 && <Revisions note={note} />}
        </>
      )}
      <FormError error={error} />
      {!note.deleted && viewer && (
        <div className="note__actions">
          <button type="button" className="button button--small" onClick={() => setComposer({ mode: "reply", parent: note })}>
            Reply<span className="visually-hidden"> to {note.author.name}</span>
          </button>
          {note.canEdit && (
            <>
              <button type="button" className="button button--small" onClick={() => setComposer({ mode: "edit", note })}>
                Edit<span className="visually-hidden"> your {note.inReplyTo ? "reply" : "note"}</span>
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={async () => {
                  if (!window.confirm("Delete this note? It will show as deleted; replies stay.")) return;
                  try {
                    await remove(note);
                  } catch (e) {
                    setError((e as Error).message);
                  }
                }}
              >
                Delete<span className="visually-hidden"> your {note.inReplyTo ? "reply" : "note"}</span>
              </button>
            </>
          )}
        </div>
      )}
      {replies.length > 0 && (
        <ol className="note__replies" aria-label={`Replies to ${heading}`}>
          {replies.map((reply) => (
            <li key={reply.id}>
              <NoteCard note={reply} edition={edition} />
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
