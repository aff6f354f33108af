import { KIND_LABEL } from "@/app/components/compare/CompareRows";
import { notesForSlide, type RowNote } from "@/app/components/present/row-notes";
import { buildSlides, comparisonTitle, type Slide } from "@/app/components/present/slides";
import { StaticCell } from "@/app/components/present/StaticCell";
import { uniqueEditions, type Comparison, type ResolvedSide } from "@/app/lib/compare";
import type { StoredNote } from "@/db/queries/annotations";
import { completenessLabel } from "@/lib/format";
import { RichBody } from "@/app/components/RichBody";
import "./handout.css";

/** What a handout shows: a comparison, and optionally a prompt, notes and its own heading. */
export interface HandoutProps {
  comparison: Comparison;
  /** A task for the students, as a comment-schema ProseMirror JSON body; left out when absent. */
  prompt?: unknown;
  /** The notes to print under their rows (already limited to what the viewer may read); none when absent. */
  notes?: readonly StoredNote[] | null;
  /** The title; by default the compared texts' titles. */
  heading?: string | null;
}

/**
 * A comparison laid out for paper (and readable on screen): title, optional prompt, every aligned
 * row with its labels, kind, note and the texts side by side with their differences in black and
 * white, optional notes, and the citation of each edition at the end.
 */
export function Handout({ comparison, prompt, notes, heading }: HandoutProps) {
  const slides = buildSlides(comparison);
  const { params } = comparison;
  const title = heading?.trim() || comparisonTitle(comparison);
  const pair = params.multi ? null : comparison.pairs[0];
  return (
    <article className="handout" aria-labelledby="handout-title">
      <header className="handout__header">
        <h1 id="handout-title" className="handout__title">
          {title}
        </h1>
        <p className="handout__sub">
          {slides.length} aligned row{slides.length === 1 ? "" : "s"}
          {params.onlyDifferences ? " that differ" : ""}, compared by {params.granularity}
          {params.ignore.length > 0 ? `, ignoring ${params.ignore.join(", ")}` : ""}
          {pair ? ` · ${pair.stats.similarity}% similar overall` : ""}
        </p>
        <p className="handout__legend">
          {params.multi ? (
            <>
              <ins className="diff diff--insert">Underlined</ins>: not in the base text (the first column). <span className="diff diff--move">Boxed</span>: moved.
            </>
          ) : (
            <>
              <del className="diff diff--delete">Struck through</del>: only in the left text. <ins className="diff diff--insert">Underlined</ins>: only in the right text.{" "}
              <span className="diff diff--move">Boxed</span>: moved.
            </>
          )}
        </p>
      </header>
      {prompt !== undefined && prompt !== null && (
        <section className="handout__prompt" aria-labelledby="handout-prompt">
          <h2 id="handout-prompt">Task</h2>
          <RichBody body={prompt} />
        </section>
      )}
      {slides.length === 0 ? (
        <p className="handout__empty">{params.onlyDifferences ? "No row differs: the texts are the same under these options." : "No provisions of these texts are aligned."}</p>
      ) : (
        <ol className="handout__rows" aria-label="Aligned provisions">
          {slides.map((slide, index) => (
            <HandoutRow key={slide.key} slide={slide} index={index} notes={notes ? notesForSlide(notes, slide) : null} />
          ))}
        </ol>
      )}
      <Sources sides={comparison.sides} />
    </article>
  );
}

function HandoutRow({ slide, index, notes }: { slide: Slide; index: number; notes: RowNote[] | null }) {
  const row = slide.pairRow;
  return (
    <li className="hrow">
      <div className="hrow__head">
        <h2 className="hrow__title">
          <span className="hrow__num">{index + 1}.</span> {slide.label}
        </h2>
        {row && (
          <p className="hrow__meta">
            <span className="hrow__kind">{KIND_LABEL[row.row.kind]}</span> · {row.diff.stats.similarity}% similar · {row.diff.stats.wordsAdded} {row.diff.stats.wordsAdded === 1 ? "word" : "words"} added,{" "}
            {row.diff.stats.wordsRemoved} removed, {row.diff.stats.wordsMoved} moved
          </p>
        )}
        {row?.row.note && (
          <p className="hrow__note">
            <span className="visually-hidden">Why these correspond: </span>
            {row.row.note} {row.row.alignmentSource && <span className="hrow__source">({row.row.alignmentSource})</span>}
          </p>
        )}
        {row?.diff.fallback && <p className="hrow__fallback">{row.diff.fallback.reason}</p>}
      </div>
      <div className={`hrow__cells hrow__cells--${Math.min(slide.columns.length, 6)}`}>
        {slide.columns.map((column, i) => (
          <div key={i} className="hrow__cell">
            <p className="hrow__cell-head">
              <span className="hrow__role">{column.role}</span> {column.text.document.shortTitle}
              {column.node ? `, ${column.node.label}` : ""}
              {!row && column.row && <span className="hrow__similar"> · {column.row.diff.stats.similarity}% similar</span>}
            </p>
            <StaticCell column={column} prefix={`h${index}-c${i}-`} className="hrow__text" />
          </div>
        ))}
      </div>
      {notes && notes.length > 0 && (
        <div className="hrow__notes">
          <h3 className="hrow__notes-title">Notes</h3>
          <ul>
            {notes.map(({ note, quote, where }) => (
              <li key={note.id} className="hnote">
                <p className="hnote__by">
                  <strong>{note.author.name}</strong> on {where}
                  {note.visibility !== "public" ? ` (${note.visibility === "private" ? "private note" : "seminar note"})` : ""}:
                  {quote && <span className="hnote__quote"> “{quote}”</span>}
                </p>
                <RichBody body={note.body} fallback={note.bodyText} className="hnote__body" />
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

/** Every compared edition once: document, edition, source, licence, completeness. */
function Sources({ sides }: { sides: readonly ResolvedSide[] }) {
  const editions = uniqueEditions(sides);
  return (
    <section className="handout__sources" aria-labelledby="handout-sources">
      <h2 id="handout-sources">Sources</h2>
      <ul>
        {editions.map((side) => (
          <li key={`${side.document.id}@${side.edition.id}`}>
            <cite className="handout__doc">{side.document.title}</cite>. <span>{side.edition.title}.</span> <span className="handout__completeness">{completenessLabel(side.edition)}.</span>{" "}
            <span>Source: {side.edition.source.citation}</span>
            {side.edition.source.url && !side.edition.source.citation.includes(side.edition.source.url) && <span> ({side.edition.source.url})</span>}.{" "}
            <span>Licence: {side.edition.licence}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
