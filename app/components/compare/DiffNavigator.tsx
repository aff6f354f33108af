"use client";

import { useEffect, useRef, useState } from "react";

const KIND: Record<string, string> = { insert: "inserted", delete: "deleted", move: "moved" };

function changes(): HTMLElement[] {
  // One stop per change: a move's two occurrences are both stops, as the reader meets them.
  return [...document.querySelectorAll<HTMLElement>(".compare-rows [data-diff]")].filter((el) => !el.parentElement?.closest("[data-diff]"));
}

/**
 * Next / previous difference, by button and by the keys n and p: moves the focus to the change
 * and scrolls it into view, marks it (and, for a move, its other occurrence), and says which
 * it is in a live region.
 */
export function DiffNavigator() {
  const current = useRef(-1);
  const [status, setStatus] = useState("");

  const go = (step: 1 | -1) => {
    const list = changes();
    if (list.length === 0) {
      setStatus("There are no differences in view.");
      return;
    }
    const active = document.activeElement as HTMLElement | null;
    const at = active ? list.indexOf(active) : -1;
    const from = at >= 0 ? at : current.current;
    const next = from < 0 ? (step === 1 ? 0 : list.length - 1) : (from + step + list.length) % list.length;
    current.current = next;
    const target = list[next]!;
    for (const el of document.querySelectorAll(".diff.is-current, .diff.is-twin")) el.classList.remove("is-current", "is-twin");
    target.classList.add("is-current");
    const move = target.dataset.move;
    const row = target.closest<HTMLElement>("[data-row]");
    if (move && row) {
      for (const twin of row.querySelectorAll<HTMLElement>(`[data-move="${move}"]`)) if (twin !== target) twin.classList.add("is-twin");
    }
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "center", behavior: "instant" as ScrollBehavior });
    const where = row?.dataset.rowLabel ? ` in ${row.dataset.rowLabel}` : "";
    setStatus(`Difference ${next + 1} of ${list.length}${where}: ${KIND[target.dataset.diff ?? ""] ?? "changed"} “${target.textContent?.trim() ?? ""}”.`);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement;
      if (target.closest("input, select, textarea, [contenteditable=true]")) return;
      if (event.key === "n") {
        event.preventDefault();
        go(1);
      } else if (event.key === "p") {
        event.preventDefault();
        go(-1);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });

  return (
    <div className="diff-nav" role="group" aria-label="Differences">
      <button type="button" className="button" onClick={() => go(-1)} aria-keyshortcuts="p">
        ← Previous difference <kbd>p</kbd>
      </button>
      <button type="button" className="button" onClick={() => go(1)} aria-keyshortcuts="n">
        Next difference <kbd>n</kbd> →
      </button>
      <p className="diff-nav__status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
