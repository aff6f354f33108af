import type { Node as PMNode } from "prosemirror-model";
import { Plugin, PluginKey, type EditorState } from "prosemirror-state";
import { Decoration, DecorationSet, type EditorView } from "prosemirror-view";

/**
 * Notes drawn on treaty text: each anchored passage is an inline decoration (the note id rides in
 * its spec) with a dotted underline and a numbered marker button after it, so that highlights are
 * told apart without colour and reached by keyboard. The set changes only through transaction
 * metadata: `{ highlights }` replaces it, `{ focus }` marks one note.
 */

/** One passage to draw: document positions, the note's number in the margin, its status. */
export interface Highlight {
  id: string;
  number: number;
  from: number;
  to: number;
  status: "exact" | "moved" | "fuzzy";
  /** "Note 3 by Alice" — the marker's accessible name. */
  label: string;
}

interface NotesState {
  highlights: Highlight[];
  focus: string | null;
  set: DecorationSet;
}

type Meta = { highlights?: Highlight[]; focus?: string | null };

export const notesPluginKey = new PluginKey<NotesState>("synopsis-notes");

function build(doc: PMNode, highlights: readonly Highlight[], focus: string | null, annotatable: boolean): DecorationSet {
  const decorations: Decoration[] = [];
  for (const h of highlights) {
    const focused = h.id === focus ? " is-focused" : "";
    decorations.push(
      Decoration.inline(h.from, h.to, { class: `note-hl note-hl--${h.status}${focused}`, "data-note": h.id }, { id: h.id }),
      Decoration.widget(
        h.to,
        () => {
          const button = document.createElement("button");
          button.type = "button";
          button.className = `note-marker${focused}`;
          button.dataset.note = h.id;
          button.textContent = String(h.number);
          button.setAttribute("aria-label", h.label);
          return button;
        },
        { side: 1, key: `marker-${h.id}-${h.number}${focused}`, ignoreSelection: true, id: h.id },
      ),
    );
  }
  if (annotatable) {
    doc.descendants((node, pos) => {
      if (node.type.name !== "provision") return true;
      const first = node.firstChild;
      if (first?.type.name === "provision_text") {
        const id = String(node.attrs.id);
        const label = String(node.attrs.label);
        decorations.push(
          Decoration.widget(
            pos + 2,
            () => {
              const button = document.createElement("button");
              button.type = "button";
              button.className = "provision__annotate";
              button.dataset.annotate = id;
              button.textContent = "Annotate";
              button.setAttribute("aria-label", `Annotate ${label}`);
              return button;
            },
            { side: -1, key: `annotate-${id}`, ignoreSelection: true },
          ),
        );
      }
      return true;
    });
  }
  return DecorationSet.create(doc, decorations);
}

/**
 * The plugin. `onActivate` is called with a note id when its highlight or marker is clicked, and
 * `onAnnotate` with a provision id when its "Annotate" button is; `annotatable` adds those buttons.
 */
export function notesPlugin(options: { annotatable: boolean; onActivate: (id: string) => void; onAnnotate?: (provision: string) => void }): Plugin<NotesState> {
  return new Plugin<NotesState>({
    key: notesPluginKey,
    state: {
      init: (_config, state) => ({ highlights: [], focus: null, set: build(state.doc, [], null, options.annotatable) }),
      apply(tr, value, _old, state: EditorState) {
        const meta = tr.getMeta(notesPluginKey) as Meta | undefined;
        if (!meta) return tr.docChanged ? { ...value, set: value.set.map(tr.mapping, tr.doc) } : value;
        const highlights = meta.highlights ?? value.highlights;
        const focus = meta.focus !== undefined ? meta.focus : value.focus;
        return { highlights, focus, set: build(state.doc, highlights, focus, options.annotatable) };
      },
    },
    props: {
      decorations: (state) => notesPluginKey.getState(state)?.set,
      handleDOMEvents: {
        click(_view, event) {
          const target = event.target as HTMLElement;
          const annotate = target.closest<HTMLElement>("[data-annotate]");
          if (annotate && options.onAnnotate) {
            options.onAnnotate(annotate.dataset.annotate!);
            return true;
          }
          const note = target.closest<HTMLElement>("[data-note]");
          if (note) {
            options.onActivate(note.dataset.note!);
            return true;
          }
          return false;
        },
      },
    },
  });
}

/** Replace the highlights of a view. */
export function setHighlights(view: EditorView, highlights: Highlight[], focus: string | null): void {
  view.dispatch(view.state.tr.setMeta(notesPluginKey, { highlights, focus } satisfies Meta));
}

/** Where a provision's own text starts in the document, by provision id. */
export function textStarts(doc: PMNode): Map<string, { pos: number; length: number }> {
  const starts = new Map<string, { pos: number; length: number }>();
  doc.descendants((node, pos) => {
    if (node.type.name !== "provision") return true;
    const first = node.firstChild;
    if (first?.type.name === "provision_text") starts.set(String(node.attrs.id), { pos: pos + 2, length: first.content.size });
    return true;
  });
  return starts;
}

/** A passage selected in a view: the provision's own text, from start to end. */
export interface SelectedPassage {
  provision: string;
  label: string;
  start: number;
  end: number;
  text: string;
}

/** The passages under the browser's selection, if it lies in this view (one per provision crossed). */
export function selectedPassages(view: EditorView): SelectedPassage[] {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return [];
  const range = selection.getRangeAt(0);
  if (!view.dom.contains(range.startContainer) || !view.dom.contains(range.endContainer)) return [];
  let from: number;
  let to: number;
  try {
    from = view.posAtDOM(range.startContainer, range.startOffset);
    to = view.posAtDOM(range.endContainer, range.endOffset);
  } catch {
    return [];
  }
  if (to < from) [from, to] = [to, from];
  const passages: SelectedPassage[] = [];
  view.state.doc.nodesBetween(from, to, (node, pos, parent) => {
    if (node.type.name !== "provision_text" || !parent) return true;
    const start = Math.max(from, pos + 1) - (pos + 1);
    const end = Math.min(to, pos + 1 + node.content.size) - (pos + 1);
    const text = node.textContent.slice(start, end);
    if (end > start && text.trim()) passages.push({ provision: String(parent.attrs.id), label: String(parent.attrs.label), start, end, text });
    return false;
  });
  return passages.slice(0, 4);
}
