"use client";

import { Plugin, PluginKey } from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";
import { useMemo, type ReactNode } from "react";
import { diffMarkAttrs, type InlineMarkRange } from "@/lib/prosemirror/diff-view";
import type { TextRef } from "@/app/components/notes/NotesProvider";
import { useServerTextView } from "@/app/components/useServerTextView";

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

/** Someone stepping through the differences keeps their place when the view replaces the HTML. */
function keepFocus(server: HTMLElement): ((view: HTMLElement) => void) | null {
  const focused = [...server.querySelectorAll("[data-diff]")].indexOf(document.activeElement as Element);
  return focused < 0 ? null : (view) => view.querySelectorAll<HTMLElement>("[data-diff]")[focused]?.focus({ preventScroll: true });
}

/**
 * One cell of a comparison: the server-rendered text (with its differences drawn in), replaced
 * once it scrolls near the viewport by a read-only ProseMirror view of the same document with
 * the differences as decorations, ready for notes to be anchored on them.
 */
export function DiffText({ children, marks, label, className, text }: { children: ReactNode; marks: InlineMarkRange[]; label: string; className?: string; text?: TextRef }) {
  const plugins = useMemo(() => [diffPlugin(marks)], [marks]);
  const { serverRef, mountRef, mounted } = useServerTextView({ text: text ?? null, annotatable: false, lazy: true, className: `diff-text__pm ${className ?? ""}`, label, plugins, keepFocus });

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
