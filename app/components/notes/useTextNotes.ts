"use client";

import type { Plugin } from "prosemirror-state";
import type { EditorView } from "prosemirror-view";
import { useEffect, useMemo, useRef, type RefObject } from "react";
import { notesPlugin, setHighlights, textStarts, type Highlight } from "./notes-plugin";
import { useOptionalNotes, type TextRef } from "./NotesProvider";

/**
 * Notes on one text view: the plugin to create the view with, and an effect that keeps its
 * highlights equal to the page's notes (and its focus to the focused note). Clicking a highlight
 * focuses its note; "Annotate" on a provision opens the composer on its whole text.
 */
export function useTextNotes(viewRef: RefObject<EditorView | null>, text: TextRef | null, annotatable: boolean): { plugins: () => Plugin[]; attach: (view: EditorView) => () => void } {
  const notes = useOptionalNotes();
  const latest = useRef(notes);
  latest.current = notes;

  const plugins = useMemo(
    () => () =>
      notes && text
        ? [
            notesPlugin({
              annotatable: annotatable && Boolean(notes.viewer),
              onActivate: (id) => latest.current?.focus(id, "text"),
              onAnnotate: (provision) => {
                const view = viewRef.current;
                const context = latest.current;
                if (!view || !context) return;
                let found: { label: string; text: string } | null = null;
                view.state.doc.descendants((node) => {
                  if (found || node.type.name !== "provision" || node.attrs.id !== provision) return !found;
                  found = { label: String(node.attrs.label), text: node.firstChild?.type.name === "provision_text" ? node.firstChild.textContent : "" };
                  return false;
                });
                const hit = found as { label: string; text: string } | null;
                if (!hit || !hit.text) return;
                const target = { document: text.document, edition: text.edition, provision, label: `${text.title} ${hit.label}`, start: 0, end: hit.text.length, text: hit.text, provisionText: hit.text };
                context.addTargets([target]);
              },
            }),
          ]
        : [],
    // The plugin is made once per view; its callbacks read the latest context through the ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [Boolean(notes), Boolean(notes?.viewer), text?.document, text?.edition, annotatable],
  );

  // Reads the latest notes: a lazily made view is attached long after the render that set it up.
  const sync = (view: EditorView) => {
    const context = latest.current;
    if (!context || !text) return;
    const starts = textStarts(view.state.doc);
    const highlights: Highlight[] = [];
    for (const { note, number } of context.threads) {
      if (note.deleted) continue;
      for (const target of note.targets) {
        if (target.document !== text.document || target.edition !== text.edition || target.anchor.status === "orphan") continue;
        const start = starts.get(target.anchor.provision);
        if (!start) continue;
        const from = start.pos + Math.min(target.anchor.start, start.length);
        const to = start.pos + Math.min(target.anchor.end, start.length);
        if (to <= from) continue;
        highlights.push({ id: note.id, number, from, to, status: target.anchor.status, label: `Note ${number} by ${note.author.name}${target.anchor.status === "fuzzy" ? ", needs review" : ""}` });
      }
    }
    setHighlights(view, highlights, context.focused);
  };

  // Redraw when the notes or the focused note change (attach draws them when the view is made).
  useEffect(() => {
    const view = viewRef.current;
    if (view) sync(view);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [notes?.threads, notes?.focused, text?.document, text?.edition]);

  // Focus from the panel: scroll the text to the note's first highlight.
  useEffect(() => {
    const view = viewRef.current;
    if (!view || !notes?.focused || notes.focusOrigin !== "panel") return;
    const marker = view.dom.querySelector<HTMLElement>(`.note-marker[data-note="${CSS.escape(notes.focused)}"]`);
    const highlight = view.dom.querySelector<HTMLElement>(`.note-hl[data-note="${CSS.escape(notes.focused)}"]`);
    highlight?.scrollIntoView({ block: "center" });
    marker?.focus({ preventScroll: true });
  }, [notes?.focused, notes?.focusOrigin, viewRef]);

  /** Call once the view exists: draws the notes and registers the view; returns the cleanup. */
  const attach = (view: EditorView) => {
    sync(view);
    return notes && text ? notes.registerView(view, text) : () => {};
  };

  return { plugins, attach };
}
