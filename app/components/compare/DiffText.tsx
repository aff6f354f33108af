"use client";

import { DOMParser as PMDOMParser } from "prosemirror-model";
import { EditorState, Plugin, PluginKey } from "prosemirror-state";
import { Decoration, DecorationSet, EditorView } from "prosemirror-view";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { diffMarkAttrs, type InlineMarkRange } from "@/lib/prosemirror/diff-view";
import type { TextRef } from "@/app/components/notes/NotesProvider";
import { useTextNotes } from "@/app/components/notes/useTextNotes";
import { treatySchema } from "@/lib/prosemirror/treaty-schema";

/** The plugin that holds a cell's differences as decorations; each spec carries its change. */
export const diffPluginKey = new PluginKey<DecorationSet>("synopsis-diff");

function diffPlugin(marks: readonly InlineMarkRange[]): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: diffPluginKey,
    state: {
      init: (_config, state) =>
        DecorationSet.create(
          state.doc,
          marks.map((mark) => {
            const { nodeName, ...attrs } = diffMarkAttrs(mark);
            return Decoration.inline(mark.from, mark.to, { nodeName, ...attrs }, { op: mark.op, moveId: mark.moveId, side: mark.side });
          }),
        ),
      apply: (tr, set) => set.map(tr.mapping, tr.doc),
    },
    props: { decorations: (state) => diffPluginKey.getState(state) },
  });
}

/**
 * One cell of a comparison: the server-rendered text (with its differences drawn in), replaced
 * once it scrolls near the viewport by a read-only ProseMirror view of the same document with
 * the differences as decorations, ready for notes to be anchored on them.
 */
export function DiffText({ children, marks, label, className, text }: { children: ReactNode; marks: InlineMarkRange[]; label: string; className?: string; text?: TextRef }) {
  const serverRef = useRef<HTMLDivElement>(null);
  const mountRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const [mounted, setMounted] = useState(false);
  const notes = useTextNotes(viewRef, text ?? null, false);

  useEffect(() => {
    const source = serverRef.current;
    const mount = mountRef.current;
    if (!source || !mount) return;
    let view: EditorView | null = null;
    let detach = () => {};
    const observer = new IntersectionObserver(
      (entries) => {
        if (view || !entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        const doc = PMDOMParser.fromSchema(treatySchema).parse(source, { preserveWhitespace: "full" });
        // Someone stepping through the differences keeps their place when the view replaces the HTML.
        const focused = [...source.querySelectorAll("[data-diff]")].indexOf(document.activeElement as Element);
        view = new EditorView(mount, {
          state: EditorState.create({ doc, plugins: [diffPlugin(marks), ...notes.plugins()] }),
          editable: () => false,
          attributes: { class: `diff-text__pm ${className ?? ""}`, "aria-label": label, role: "document" },
        });
        viewRef.current = view;
        detach = notes.attach(view);
        setMounted(true);
        if (focused >= 0) mount.querySelectorAll<HTMLElement>("[data-diff]")[focused]?.focus({ preventScroll: true });
      },
      { rootMargin: "600px 0px" },
    );
    observer.observe(source);
    return () => {
      observer.disconnect();
      detach();
      viewRef.current = null;
      view?.destroy();
    };
    // The view is made once per cell; notes reach it through its plugin.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [marks, label, className]);

  return (
    <div className="diff-text">
      {!mounted && (
        <div ref={serverRef} className={`diff-text__pm ${className ?? ""}`} aria-label={label} role="document">
          {children}
        </div>
      )}
      <div ref={mountRef} />
    </div>
  );
}
