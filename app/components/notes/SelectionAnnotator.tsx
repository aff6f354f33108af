"use client";

import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import { selectedPassages } from "./notes-plugin";
import { useNotes, type PickedTarget } from "./NotesProvider";

/** The shortcut that annotates the current selection (as in word processors' "new comment"). */
export const ANNOTATE_SHORTCUT = "Control+Alt+M";

/**
 * When text is selected in one of the page's texts: a floating "Annotate" button (or, while a
 * note is being written, "Add passage to the note"), and the shortcut Ctrl+Alt+M. Anonymous
 * readers are offered to sign in instead.
 */
export function SelectionAnnotator({ signInHref }: { signInHref: string }) {
  const notes = useNotes();
  const { views, viewer, addTargets } = notes;
  const [found, setFound] = useState<{ targets: PickedTarget[]; top: number; left: number } | null>(null);

  useEffect(() => {
    const read = () => {
      for (const { view, text } of views()) {
        const passages = selectedPassages(view);
        if (passages.length === 0) continue;
        const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
        const targets = passages.map((p) => {
          let provisionText = "";
          view.state.doc.descendants((node) => {
            if (node.type.name === "provision" && node.attrs.id === p.provision && node.firstChild?.type.name === "provision_text") provisionText = node.firstChild.textContent;
            return provisionText === "";
          });
          return { document: text.document, edition: text.edition, provision: p.provision, label: `${text.title} ${p.label}`, start: p.start, end: p.end, text: p.text, provisionText };
        });
        setFound({ targets, top: rect.bottom + window.scrollY + 6, left: Math.max(8, rect.left + window.scrollX) });
        return;
      }
      setFound(null);
    };
    document.addEventListener("selectionchange", read);
    return () => document.removeEventListener("selectionchange", read);
  }, [views]);

  const adding = notes.composer?.mode === "new" || notes.composer?.mode === "code";
  const annotate = useCallback(
    (mode: "new" | "code" = "new") => {
      if (!found || !viewer) return;
      addTargets(found.targets, mode);
      window.getSelection()?.removeAllRanges();
      setFound(null);
    },
    [found, viewer, addTargets],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey && event.altKey && event.key.toLowerCase() === "m") {
        event.preventDefault();
        annotate("new");
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [annotate]);

  if (!found) return null;
  if (!notes.viewer) {
    return (
      <div className="selection-annotator" style={{ top: found.top, left: found.left }}>
        <Link className="button" href={signInHref}>
          Sign in to annotate
        </Link>
      </div>
    );
  }
  return (
    <div className="selection-annotator" style={{ top: found.top, left: found.left }}>
      <button
        type="button"
        className="button button--primary"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => annotate("new")}
        aria-keyshortcuts={ANNOTATE_SHORTCUT}
        aria-label={adding ? "Add the selected passage to the note" : "Annotate the selected passage"}
      >
        {adding ? "Add passage to the note" : "Annotate"} <kbd aria-hidden="true">Ctrl+Alt+M</kbd>
      </button>
      {!adding && notes.codebooks.length > 0 && (
        <button type="button" className="button" onMouseDown={(e) => e.preventDefault()} onClick={() => annotate("code")} aria-label="Code the selected passage">
          Code…
        </button>
      )}
    </div>
  );
}
