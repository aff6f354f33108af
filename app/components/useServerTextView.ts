"use client";

import { DOMParser as PMDOMParser } from "prosemirror-model";
import { EditorState, type Plugin } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { TextRef } from "@/app/components/notes/NotesProvider";
import { useTextNotes } from "@/app/components/notes/useTextNotes";
import { treatySchema } from "@/lib/prosemirror/treaty-schema";

const useIsomorphicLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

const NO_PLUGINS: Plugin[] = [];

/** What a server-text view is made with. */
export interface ServerTextViewOptions {
  /** The text's name for the notes layer; null where the view takes no notes. */
  text: TextRef | null;
  /** Whether each provision offers an "Annotate" button (when someone is signed in). */
  annotatable: boolean;
  /** Make the view only once the server HTML comes within 600px of the viewport. */
  lazy: boolean;
  /** The view's class, and its accessible name (role "document"). */
  className: string;
  label: string;
  /** Plugins besides the notes plugin; keep the array stable (a new one remakes the view). */
  plugins?: Plugin[];
  /** Before the view replaces the HTML: note what has focus there, and return how to focus its twin in the view. */
  keepFocus: (server: HTMLElement) => ((view: HTMLElement) => void) | null;
}

/**
 * A read-only ProseMirror view of treaty text the server rendered: the HTML in `serverRef` is
 * parsed back with the treaty schema and replaced by the view in `mountRef`, with the notes
 * plugins (highlights, Annotate) and `plugins`. `mounted` turns true once the view is there.
 */
export function useServerTextView({ text, annotatable, lazy, className, label, plugins = NO_PLUGINS, keepFocus }: ServerTextViewOptions) {
  const serverRef = useRef<HTMLDivElement>(null);
  const mountRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const [mounted, setMounted] = useState(false);
  const notes = useTextNotes(viewRef, text, annotatable);

  useIsomorphicLayoutEffect(() => {
    const source = serverRef.current;
    const mount = mountRef.current;
    if (!source || !mount) return;
    let view: EditorView | null = null;
    let detach = () => {};
    const create = () => {
      const doc = PMDOMParser.fromSchema(treatySchema).parse(source, { preserveWhitespace: "full" });
      const restoreFocus = keepFocus(source);
      view = new EditorView(mount, {
        state: EditorState.create({ doc, plugins: [...plugins, ...notes.plugins()] }),
        editable: () => false,
        attributes: { class: className, "aria-label": label, role: "document" },
      });
      viewRef.current = view;
      detach = notes.attach(view);
      restoreFocus?.(mount);
      setMounted(true);
    };
    const observer = lazy
      ? new IntersectionObserver(
          (entries) => {
            if (view || !entries.some((e) => e.isIntersecting)) return;
            observer?.disconnect();
            create();
          },
          { rootMargin: "600px 0px" },
        )
      : null;
    if (observer) observer.observe(source);
    else create();
    return () => {
      observer?.disconnect();
      detach();
      viewRef.current = null;
      view?.destroy();
    };
    // The view is made once per text; notes reach it through its plugin.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [label, className, plugins]);

  return { serverRef, mountRef, mounted };
}
