"use client";

/** "Print this handout": opens the browser's print dialog (the page's print style sheet does the rest). */
export function PrintButton() {
  return (
    <button type="button" className="button button--primary" onClick={() => window.print()}>
      Print this handout
    </button>
  );
}
