import { KIND_LABEL, StatsLine } from "@/app/components/compare/CompareRows";
import { CompletenessBadge } from "@/app/components/CompletenessBadge";
import type { RowNote } from "./row-notes";
import type { Slide } from "./slides";
import { StaticCell } from "./StaticCell";

/**
 * One aligned row in large type: its labels, how the two provisions correspond and why, their
 * similarity, the texts side by side with their differences, and (when asked) the notes on it.
 */
export function PresentSlide({ slide, notes, index }: { slide: Slide; notes: RowNote[] | null; index: number }) {
  const pair = slide.pairRow;
  const multi = pair === null;
  return (
    <section className="slide" aria-labelledby="slide-title">
      <header className="slide__head">
        <h2 id="slide-title" className="slide__title">
          {slide.label}
        </h2>
        {pair && (
          <div className="slide__meta">
            <span className={`slide__kind kind kind--${pair.row.kind}`}>{KIND_LABEL[pair.row.kind]}</span>
            <StatsLine stats={pair.diff.stats} className="stats slide__stats" />
          </div>
        )}
        {pair?.row.note && (
          <p className="slide__note">
            <span className="visually-hidden">Why these correspond: </span>
            {pair.row.note} {pair.row.alignmentSource && <span className="slide__source">({pair.row.alignmentSource})</span>}
          </p>
        )}
        {pair?.diff.fallback && (
          <p className="slide__fallback" role="note">
            {pair.diff.fallback.reason}
          </p>
        )}
      </header>
      <div className={`slide__cells slide__cells--${Math.min(slide.columns.length, 6)}`}>
        {slide.columns.map((column, i) => (
          <div key={i} className={`slide__col slide__col--${column.side}`}>
            <p className="slide__col-head">
              <span className="slide__role">{column.role}</span> <strong>{column.text.document.shortTitle}</strong>
              {column.node && <> · {column.node.label}</>}
              <span className="slide__edition">
                {column.text.edition.title} <CompletenessBadge edition={column.text.edition} />
              </span>
            </p>
            <StaticCell column={column} prefix={`s${index}-c${i}-`} className="slide__text" />
            {multi && column.row && (
              <p className="slide__col-foot">
                {column.row.diff.stats.similarity}% similar to the base
                {column.row.row.kind !== "chosen" && column.row.row.kind !== "same-id" ? ` · ${KIND_LABEL[column.row.row.kind]}` : ""}
              </p>
            )}
          </div>
        ))}
      </div>
      <p className="slide__legend">
        {multi ? (
          <>
            <ins className="diff diff--insert legend">Underlined</ins>: not in the base text. <span className="diff diff--move legend">Boxed</span>: moved.
          </>
        ) : (
          <>
            <del className="diff diff--delete legend">Struck through</del>: only on the left. <ins className="diff diff--insert legend">Underlined</ins>: only on the right.{" "}
            <span className="diff diff--move legend">Boxed</span>: moved.
          </>
        )}
      </p>
      {notes && <SlideNotes notes={notes} />}
    </section>
  );
}

function SlideNotes({ notes }: { notes: RowNote[] }) {
  return (
    <section className="slide__notes" aria-labelledby="slide-notes-title">
      <h3 id="slide-notes-title">
        Notes on this row <span className="slide__count">({notes.length})</span>
      </h3>
      {notes.length === 0 ? (
        <p className="slide__none">No notes on these provisions yet.</p>
      ) : (
        <ul className="slide__note-list">
          {notes.map(({ note, quote, where }) => (
            <li key={note.id} className="slide__note-item">
              <p className="slide__note-by">
                <strong>{note.author.name}</strong> on {where}
                {note.visibility !== "public" && <span className="slide__private"> ({note.visibility === "private" ? "only you" : "seminar"})</span>}
              </p>
              {quote && <blockquote className="slide__quote">“{quote}”</blockquote>}
              <p className="slide__body">{note.bodyText}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
