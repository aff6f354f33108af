"use client";

import { baseKeymap, setBlockType, toggleMark, wrapIn } from "prosemirror-commands";
import { history, redo, undo } from "prosemirror-history";
import { inputRules, wrappingInputRule } from "prosemirror-inputrules";
import { keymap } from "prosemirror-keymap";
import { Node as PMNode, type MarkType } from "prosemirror-model";
import { liftListItem, sinkListItem, splitListItem, wrapInList } from "prosemirror-schema-list";
import { EditorState, type Command } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from "react";
import { commentSchema, isSafeHref } from "@/lib/prosemirror/comment-schema";

/** A provision that can be cited in a comment. */
export interface Citable {
  document: string;
  edition: string;
  provision: string;
  label: string;
}

/** What the editor's owner can ask of it. */
export interface CommentEditorHandle {
  /** The body as ProseMirror JSON. */
  json(): unknown;
  /** True when nothing has been written. */
  isEmpty(): boolean;
  focus(): void;
}

const s = commentSchema;

const rules = inputRules({
  rules: [wrappingInputRule(/^\s*([-*])\s$/, s.nodes.bullet_list!), wrappingInputRule(/^\s*>\s$/, s.nodes.blockquote!)],
});

function markActive(state: EditorState, type: MarkType): boolean {
  const { from, $from, to, empty } = state.selection;
  return empty ? Boolean(type.isInSet(state.storedMarks ?? $from.marks())) : state.doc.rangeHasMark(from, to, type);
}

/**
 * The comment editor: ProseMirror with the comment schema (the one the server validates with),
 * history, keyboard shortcuts (Mod-b, Mod-i, Mod-k for a link, Mod-z / Mod-y), input rules ("- " for
 * a list, "> " for a quotation), and a toolbar of named buttons, including one that cites a
 * provision of the texts on the page.
 */
export const CommentEditor = forwardRef<CommentEditorHandle, { label: string; initial?: unknown; citables: Citable[]; onSubmit?: () => void }>(function CommentEditor(
  { label, initial, citables, onSubmit },
  ref,
) {
  const mount = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const [, setTick] = useState(0);
  const [linkPrompt, setLinkPrompt] = useState<string | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [cite, setCite] = useState("");
  // The keymap is made once; it calls the latest onSubmit through this ref.
  const submit = useRef(onSubmit);
  submit.current = onSubmit;

  useImperativeHandle(ref, () => ({
    json: () => viewRef.current?.state.doc.toJSON(),
    isEmpty: () => (viewRef.current?.state.doc.textContent.trim() ?? "") === "" && !hasCitation(viewRef.current?.state.doc),
    focus: () => viewRef.current?.focus(),
  }));

  useEffect(() => {
    if (!mount.current) return;
    const doc = initial ? PMNode.fromJSON(s, initial) : undefined;
    const view = new EditorView(mount.current, {
      state: EditorState.create({
        schema: s,
        doc,
        plugins: [
          history(),
          rules,
          keymap({
            "Mod-z": undo,
            "Mod-y": redo,
            "Shift-Mod-z": redo,
            "Mod-b": toggleMark(s.marks.strong!),
            "Mod-i": toggleMark(s.marks.em!),
            "Mod-k": () => {
              setLinkPrompt("https://");
              return true;
            },
            "Mod-Enter": () => {
              submit.current?.();
              return true;
            },
            Enter: splitListItem(s.nodes.list_item!),
            Tab: sinkListItem(s.nodes.list_item!),
            "Shift-Tab": liftListItem(s.nodes.list_item!),
          }),
          keymap(baseKeymap),
        ],
      }),
      attributes: { class: "comment-editor__pm", "aria-label": label, role: "textbox", "aria-multiline": "true" },
      dispatchTransaction(tr) {
        view.updateState(view.state.apply(tr));
        setTick((t) => t + 1);
      },
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
    // The editor is created once; `initial` is only its starting content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const run = (command: Command) => {
    const view = viewRef.current;
    if (!view) return;
    command(view.state, view.dispatch, view);
    view.focus();
  };
  const state = viewRef.current?.state;

  const applyLink = () => {
    const view = viewRef.current;
    if (!view || linkPrompt === null) return;
    const href = linkPrompt.trim();
    if (!isSafeHref(href)) {
      setLinkError("A link must be a full http:// or https:// address.");
      return;
    }
    const { from, to, empty } = view.state.selection;
    const mark = s.marks.link!.create({ href, title: null });
    const tr = empty ? view.state.tr.insert(from, s.text(href, [mark])) : view.state.tr.addMark(from, to, mark);
    view.dispatch(tr);
    setLinkPrompt(null);
    setLinkError(null);
    view.focus();
  };

  const insertCitation = (value: string) => {
    const target = citables.find((c) => `${c.document}@${c.edition}:${c.provision}` === value);
    const view = viewRef.current;
    setCite("");
    if (!target || !view) return;
    const node = s.nodes.citation!.create({ document: target.document, edition: target.edition, provision: target.provision, label: target.label });
    view.dispatch(view.state.tr.replaceSelectionWith(node, false).insertText(" "));
    view.focus();
  };

  return (
    <div className="comment-editor">
      <div className="comment-editor__toolbar" role="toolbar" aria-label={`Formatting for ${label}`}>
        <button type="button" aria-pressed={state ? markActive(state, s.marks.strong!) : false} onClick={() => run(toggleMark(s.marks.strong!))} title="Bold (Ctrl+B)">
          <strong>B</strong>
          <span className="visually-hidden"> Bold</span>
        </button>
        <button type="button" aria-pressed={state ? markActive(state, s.marks.em!) : false} onClick={() => run(toggleMark(s.marks.em!))} title="Italic (Ctrl+I)">
          <em>I</em>
          <span className="visually-hidden"> Italic</span>
        </button>
        <button type="button" onClick={() => setLinkPrompt("https://")} title="Link (Ctrl+K)">
          Link
        </button>
        <button type="button" onClick={() => run(wrapInList(s.nodes.bullet_list!))}>
          List
        </button>
        <button type="button" onClick={() => run(wrapIn(s.nodes.blockquote!))}>
          Quote
        </button>
        <button type="button" onClick={() => run(setBlockType(s.nodes.paragraph!))}>
          Plain
        </button>
        {citables.length > 0 && (
          <label className="comment-editor__cite">
            <span className="visually-hidden">Cite a provision</span>
            <select value={cite} onChange={(e) => insertCitation(e.target.value)}>
              <option value="">Cite…</option>
              {citables.map((c) => (
                <option key={`${c.document}@${c.edition}:${c.provision}`} value={`${c.document}@${c.edition}:${c.provision}`}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {linkPrompt !== null && (
        <div className="comment-editor__link">
          <label>
            <span>Link address</span>
            <input
              type="url"
              value={linkPrompt}
              autoFocus
              onChange={(e) => setLinkPrompt(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  applyLink();
                } else if (e.key === "Escape") setLinkPrompt(null);
              }}
              aria-invalid={linkError ? true : undefined}
              aria-describedby={linkError ? "link-error" : undefined}
            />
          </label>
          <button type="button" className="button" onClick={applyLink}>
            Add link
          </button>
          <button type="button" className="button" onClick={() => setLinkPrompt(null)}>
            Cancel
          </button>
          {linkError && (
            <p id="link-error" className="form-error" role="alert">
              {linkError}
            </p>
          )}
        </div>
      )}
      <div ref={mount} />
    </div>
  );
});

function hasCitation(doc: PMNode | undefined): boolean {
  let found = false;
  doc?.descendants((node) => {
    if (node.type.name === "citation") found = true;
    return !found;
  });
  return found;
}
