"use client";

import type { EditorView } from "prosemirror-view";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { NoteJson } from "@/app/api/annotations/present";
import { ApiRequestError, get, send } from "@/app/components/api-client";

/**
 * The notes of a page (a reader or a comparison) shared by its text views and its notes panel:
 * the notes the viewer may read, kept current through Server-Sent Events; which note is focused;
 * the composer; and the calls that write notes.
 */

/** Which text a view shows: its document, edition and short title (for passage labels). */
export interface TextRef {
  document: string;
  edition: string;
  title: string;
}

/** A text on the page, with the order of its provisions (notes are numbered in text order). */
export interface PageText extends TextRef {
  order: string[];
}

/** A passage picked for a note that is being written. */
export interface DraftTarget {
  /** Its identity in the composer's list (given by addTargets), so narrowing and removing keep each field's own state. */
  key: string;
  document: string;
  edition: string;
  provision: string;
  label: string;
  start: number;
  end: number;
  text: string;
  /** The provision's whole own text, so the passage can be narrowed by keyboard. */
  provisionText: string;
}

/** A passage as the page picks it, before addTargets gives it its key. */
export type PickedTarget = Omit<DraftTarget, "key">;

/** How many passages one note can be about (the notes API's limit). */
export const MAX_TARGETS = 4;

/** What the composer is doing: a note, a coding (classifying a passage), a reply, or an edit. */
export type Composer =
  | { mode: "new"; targets: DraftTarget[] }
  | { mode: "code"; targets: DraftTarget[] }
  | { mode: "edit"; note: NoteJson }
  | { mode: "reply"; parent: NoteJson };

/** A codebook the composer can code against. */
export interface CodebookOption {
  id: string;
  name: string;
  elements: { code: string; name: string }[];
}

/** The fields a new note or an edit sends. */
export interface NoteDraft {
  body: unknown;
  tags: string[];
  visibility: "private" | "public" | "seminar";
  /** For seminar visibility: which seminar. */
  seminarId?: string;
  /** For a coding: the codebook and the elements applied. */
  codes?: { codebook: string; elements: string[] };
}

/** The assignment a page is for: its notes go to its seminar by default and are linked to it. */
export interface AssignmentContext {
  id: string;
  seminarId: string;
  seminarName: string;
}

interface NotesContextValue {
  viewer: { id: string; name: string } | null;
  /** The viewer's seminars, for seminar visibility. */
  seminars: { id: string; name: string }[];
  assignment: AssignmentContext | null;
  codebooks: CodebookOption[];
  texts: PageText[];
  notes: NoteJson[];
  /** Notes (not replies) with a passage in one of the page's texts, in text order, numbered from 1. */
  threads: { note: NoteJson; number: number; replies: NoteJson[] }[];
  focused: string | null;
  focusOrigin: "text" | "panel" | null;
  focus: (id: string | null, origin: "text" | "panel") => void;
  composer: Composer | null;
  setComposer: (composer: Composer | null) => void;
  /**
   * Add picked passages to the note or coding being written (up to MAX_TARGETS); when neither is
   * open (nothing, a reply or an edit), start a new one of `mode` ("new" by default) with them.
   */
  addTargets: (targets: PickedTarget[], mode?: "new" | "code") => void;
  create: (draft: NoteDraft & { targets?: DraftTarget[]; inReplyTo?: string }) => Promise<NoteJson>;
  update: (note: NoteJson, change: Partial<NoteDraft>) => Promise<NoteJson>;
  remove: (note: NoteJson) => Promise<void>;
  live: "connecting" | "live" | "offline";
  /** Text views register so that a selection in any of them can be annotated. */
  registerView: (view: EditorView, text: TextRef) => () => void;
  views: () => { view: EditorView; text: TextRef }[];
}

const NotesContext = createContext<NotesContextValue | null>(null);

/** The notes of the page; throws outside a NotesProvider. */
export function useNotes(): NotesContextValue {
  const value = useContext(NotesContext);
  if (!value) throw new Error("useNotes outside NotesProvider");
  return value;
}

/** The notes of the page, or null where there are none (a text view outside a NotesProvider). */
export function useOptionalNotes(): NotesContextValue | null {
  return useContext(NotesContext);
}

/** Write a note through the API; the note as the server now holds it. */
async function writeNote(url: string, method: "POST" | "PATCH" | "DELETE", body?: unknown): Promise<NoteJson> {
  const json = await send<{ annotation?: NoteJson } | null>(url, method, body);
  if (!json?.annotation) throw new Error("The server answered without the note.");
  return json.annotation;
}

/** The root of a note's thread among the known notes. */
function rootOf(note: NoteJson, byId: Map<string, NoteJson>): NoteJson {
  let current = note;
  for (let i = 0; i < 50 && current.inReplyTo; i++) {
    const parent = byId.get(current.inReplyTo);
    if (!parent) break;
    current = parent;
  }
  return current;
}

const NO_SEMINARS: { id: string; name: string }[] = [];
const NO_CODEBOOKS: CodebookOption[] = [];

export function NotesProvider({
  viewer,
  texts,
  initialNotes,
  seminars = NO_SEMINARS,
  assignment = null,
  codebooks = NO_CODEBOOKS,
  children,
}: {
  viewer: NotesContextValue["viewer"];
  texts: PageText[];
  initialNotes: NoteJson[];
  seminars?: { id: string; name: string }[];
  assignment?: AssignmentContext | null;
  codebooks?: CodebookOption[];
  children: ReactNode;
}) {
  const [notes, setNotes] = useState<NoteJson[]>(initialNotes);
  const [focused, setFocused] = useState<string | null>(null);
  const [focusOrigin, setFocusOrigin] = useState<"text" | "panel" | null>(null);
  const [composer, setComposer] = useState<Composer | null>(null);
  const [live, setLive] = useState<NotesContextValue["live"]>("connecting");
  const views = useRef(new Set<{ view: EditorView; text: TextRef }>());
  const targetCount = useRef(0);

  const addTargets = useCallback((picked: PickedTarget[], mode: "new" | "code" = "new") => {
    const targets = picked.map((t) => ({ ...t, key: `passage-${++targetCount.current}` }));
    setComposer((current) =>
      current && (current.mode === "new" || current.mode === "code") ? { ...current, targets: [...current.targets, ...targets].slice(0, MAX_TARGETS) } : { mode, targets: targets.slice(0, MAX_TARGETS) },
    );
  }, []);

  const upsert = useCallback((note: NoteJson) => {
    setNotes((list) => {
      const at = list.findIndex((n) => n.id === note.id);
      if (at < 0) return [...list, note];
      if (list[at]!.version > note.version) return list;
      const next = [...list];
      next[at] = note;
      return next;
    });
  }, []);

  // Live updates: one event stream per document on the page.
  const documents = useMemo(() => [...new Set(texts.map((t) => t.document))], [texts]);
  useEffect(() => {
    const sources = documents.map((document) => {
      const source = new EventSource(`/api/annotations/stream?document=${encodeURIComponent(document)}`);
      source.addEventListener("open", () => setLive("live"));
      source.addEventListener("error", () => setLive(source.readyState === EventSource.CLOSED ? "offline" : "connecting"));
      source.addEventListener("note", (event) => {
        const data = JSON.parse((event as MessageEvent<string>).data) as { annotation: NoteJson };
        // An assignment's page shows the notes written for it.
        if (assignment && data.annotation.assignmentId !== assignment.id) return;
        upsert(data.annotation);
      });
      return source;
    });
    return () => sources.forEach((s) => s.close());
  }, [documents, upsert, assignment]);

  const threads = useMemo(() => {
    const byId = new Map(notes.map((n) => [n.id, n]));
    const onPage = (note: NoteJson) => note.targets.some((t) => texts.some((x) => x.document === t.document && x.edition === t.edition));
    const position = (note: NoteJson) => {
      for (const [i, text] of texts.entries()) {
        const target = note.targets.find((t) => t.document === text.document && t.edition === text.edition);
        if (!target) continue;
        const at = text.order.indexOf(target.anchor.status === "orphan" ? target.provision : target.anchor.provision);
        return [i, at < 0 ? Number.MAX_SAFE_INTEGER : at, target.anchor.start];
      }
      return [Number.MAX_SAFE_INTEGER, 0, 0];
    };
    const roots = notes.filter((n) => !n.inReplyTo && onPage(n));
    roots.sort((a, b) => {
      const [x, y] = [position(a), position(b)];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]! || a.created.localeCompare(b.created);
    });
    const replies = new Map<string, NoteJson[]>();
    for (const note of notes) {
      if (!note.inReplyTo) continue;
      const root = rootOf(note, byId);
      const list = replies.get(root.id) ?? [];
      list.push(note);
      replies.set(root.id, list);
    }
    return roots.map((note, index) => ({ note, number: index + 1, replies: (replies.get(note.id) ?? []).sort((a, b) => a.created.localeCompare(b.created)) }));
  }, [notes, texts]);

  const focus = useCallback<NotesContextValue["focus"]>((id, origin) => {
    setFocused(id);
    setFocusOrigin(origin);
  }, []);

  const create = useCallback<NotesContextValue["create"]>(
    async ({ targets, inReplyTo, ...draft }) => {
      const placed = { ...draft, ...(assignment ? { assignmentId: assignment.id } : {}) };
      const body = inReplyTo
        ? { body: draft.body, tags: draft.tags, inReplyTo }
        : { ...placed, targets: (targets ?? []).map((t) => ({ document: t.document, edition: t.edition, provision: t.provision, start: t.start, end: t.end })) };
      const annotation = await writeNote("/api/annotations", "POST", body);
      upsert(annotation);
      // On an assignment that shows peers' notes after posting, posting may have opened them
      // (the note is saved either way, so a failed reload is not an error).
      if (assignment) {
        const list = await get<{ annotations: NoteJson[] }>(`/api/annotations?assignment=${assignment.id}`).catch(() => null);
        for (const note of list?.annotations ?? []) upsert(note);
      }
      return annotation;
    },
    [assignment, upsert],
  );

  const update = useCallback<NotesContextValue["update"]>(
    async (note, change) => {
      try {
        const annotation = await writeNote(`/api/annotations/${note.id}`, "PATCH", { version: note.version, ...change });
        upsert(annotation);
        return annotation;
      } catch (error) {
        // Someone else changed it first: show their version, and say why this edit was refused.
        if (error instanceof ApiRequestError && error.status === 409) {
          const fresh = await get<{ annotation: NoteJson }>(`/api/annotations/${note.id}`).catch(() => null);
          if (fresh?.annotation) upsert(fresh.annotation);
        }
        throw error;
      }
    },
    [upsert],
  );

  const remove = useCallback<NotesContextValue["remove"]>(async (note) => upsert(await writeNote(`/api/annotations/${note.id}?version=${note.version}`, "DELETE")), [upsert]);

  const registerView = useCallback<NotesContextValue["registerView"]>((view, text) => {
    const entry = { view, text };
    views.current.add(entry);
    return () => views.current.delete(entry);
  }, []);
  const listViews = useCallback(() => [...views.current], []);

  // One value while nothing in it changes, so the text views and cards re-render only when it does.
  const value = useMemo<NotesContextValue>(
    () => ({
      viewer,
      seminars,
      assignment,
      codebooks,
      texts,
      notes,
      threads,
      focused,
      focusOrigin,
      focus,
      composer,
      setComposer,
      addTargets,
      create,
      update,
      remove,
      live,
      registerView,
      views: listViews,
    }),
    [viewer, seminars, assignment, codebooks, texts, notes, threads, focused, focusOrigin, focus, composer, addTargets, create, update, remove, live, registerView, listViews],
  );
  return <NotesContext.Provider value={value}>{children}</NotesContext.Provider>;
}
