import Link from "next/link";
import type { ReactNode } from "react";
import type { CompareParams } from "@/lib/compare/params";
import { compareQuery } from "@/lib/compare/params";
import { presentHref, type PresentNotes } from "./address";
import { PresentKeys, type PresentTargets } from "./PresentKeys";
import { PresentSlide } from "./PresentSlide";
import type { RowNote } from "./row-notes";
import type { Slide } from "./slides";
import "./present.css";

const LAYER_ID = "present";

/**
 * The presentation layer: a full-viewport page over the site's chrome with its own small bar
 * (title, "Row 3 of 7", previous / next, notes on or off, leave), one slide, and the keys. Every
 * control is a real link, so the presentation also works without JavaScript.
 */
export function PresentView({ title, params, slides, row, notesMode, notes }: { title: string; params: CompareParams; slides: Slide[]; row: number; notesMode: PresentNotes; notes: RowNote[] | null }) {
  const count = slides.length;
  const slide = slides[row - 1];
  const leave = `/compare?${compareQuery(params)}`;
  const targets: PresentTargets = {
    prev: row > 1 ? presentHref(params, row - 1, notesMode) : null,
    next: row < count ? presentHref(params, row + 1, notesMode) : null,
    first: presentHref(params, 1, notesMode),
    last: presentHref(params, Math.max(1, count), notesMode),
    leave,
    toggleNotes: presentHref(params, row, notesMode === "show" ? "hide" : "show"),
  };
  return (
    <PresentLayer>
      <div className="present__bar">
        <h1 className="present__title">{title}</h1>
        {count > 0 && (
          <p className="present__count">
            Row {row} of {count}
          </p>
        )}
        <nav className="present__nav" aria-label="Rows">
          <StepLink href={targets.prev} label="Previous row" arrow="←" />
          <StepLink href={targets.next} label="Next row" arrow="→" />
        </nav>
        <div className="present__tools">
          <Link className="present__button" href={targets.toggleNotes} replace scroll={false} prefetch={false} aria-keyshortcuts="N">
            {notesMode === "show" ? "Hide notes" : "Show notes"}
          </Link>
          <Link className="present__button present__button--leave" href={leave} prefetch={false} aria-keyshortcuts="Escape">
            Leave presentation (Esc)
          </Link>
        </div>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {slide ? `Row ${row} of ${count}: ${slide.label}` : "No rows to show."}
      </p>
      <div className="present__stage">
        {slide ? (
          <PresentSlide slide={slide} notes={notesMode === "show" ? notes : null} index={row - 1} />
        ) : (
          <p className="present__empty">
            {params.onlyDifferences ? "No row differs: the texts are the same under these options." : "No provisions of these texts are aligned."}{" "}
            <Link href={leave}>Back to the comparison</Link>
          </p>
        )}
      </div>
      <p className="present__keys">
        <kbd>→</kbd> <kbd>Space</kbd> next · <kbd>←</kbd> previous · <kbd>Home</kbd> <kbd>End</kbd> first, last · <kbd>N</kbd> notes · <kbd>Esc</kbd> leave
      </p>
      <PresentKeys targets={targets} row={row} layerId={LAYER_ID} />
    </PresentLayer>
  );
}

/** The full-viewport layer alone, for the error message of a bad address. */
export function PresentLayer({ children }: { children: ReactNode }) {
  return (
    <div className="present" id={LAYER_ID} tabIndex={-1} role="region" aria-label="Presentation">
      {children}
    </div>
  );
}

function StepLink({ href, label, arrow }: { href: string | null; label: string; arrow: string }) {
  const text = arrow === "←" ? `${arrow} ${label}` : `${label} ${arrow}`;
  if (!href) {
    return (
      <span className="present__button is-disabled" aria-disabled="true">
        {text}
      </span>
    );
  }
  return (
    <Link className="present__button present__button--step" href={href} replace scroll={false} prefetch={false} aria-keyshortcuts={arrow === "←" ? "ArrowLeft PageUp" : "ArrowRight PageDown Space"}>
      {text}
    </Link>
  );
}
