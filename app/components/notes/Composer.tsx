"use client";

import { useEffect, useId, useRef, useState } from "react";
import { get } from "@/app/components/api-client";
import { FormError } from "@/app/components/useApiAction";
import { CommentEditor, type Citable, type CommentEditorHandle } from "./CommentEditor";
import { useNotes, type DraftTarget } from "./NotesProvider";

function parseTags(value: string): string[] {
  return value
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
}

/** One passage of a new note: its quote, narrowed by typing the words to keep. */
function PassageField({ target, index, onChange, onRemove }: { target: DraftTarget; index: number; onChange: (t: DraftTarget) => void; onRemove?: () => void }) {
  const [value, setValue] = useState(target.text);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  return (
    <li className="composer__passage">
      <label htmlFor={id}>
        Passage {index + 1}: {target.label}
      </label>
      <textarea
        id={id}
        rows={2}
        value={value}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          const words = e.target.value;
          setValue(words);
          const at = target.provisionText.indexOf(words.trim());
          if (!words.trim() || at < 0) {
            setError("These words are not in the provision; copy them exactly from the text.");
            return;
          }
          setError(null);
          onChange({ ...target, start: at, end: at + words.trim().length, text: words.trim() });
        }}
      />
      {error ? (
        <p id={`${id}-error`} className="form-error" role="alert">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="muted composer__hint">
          To note only part of it, delete the words you do not want.
        </p>
      )}
      {onRemove && (
        <button type="button" className="button" onClick={onRemove}>
          Remove passage {index + 1}
        </button>
      )}
    </li>
  );
}

/**
 * Writing a note, a reply, or an edit: the passages, the comment (rich text), tags with
 * suggestions from the tags in use, and who may read it. Errors from the server are shown in
 * the form and announced.
 */
export function Composer({ citables, allowMoreTargets }: { citables: Citable[]; allowMoreTargets: boolean }) {
  const { composer, setComposer, create, update, seminars, assignment, codebooks } = useNotes();
  const [codebook, setCodebook] = useState(codebooks[0]?.id ?? "");
  const [elements, setElements] = useState<string[]>([]);
  const editor = useRef<CommentEditorHandle>(null);
  const [tags, setTags] = useState("");
  // "public", "private", or "seminar:{id}".
  const defaultPlace = assignment ? `seminar:${assignment.seminarId}` : "public";
  const [visibility, setVisibility] = useState<string>(defaultPlace);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const listId = useId();

  const key = composer ? (composer.mode === "new" || composer.mode === "code" ? composer.mode : composer.mode === "edit" ? `edit-${composer.note.id}` : `reply-${composer.parent.id}`) : "none";
  useEffect(() => {
    if (!composer) return;
    setError(null);
    if (composer.mode === "edit") {
      setTags(composer.note.tags.join(", "));
      setVisibility(composer.note.visibility === "seminar" ? `seminar:${composer.note.seminarId}` : composer.note.visibility);
    } else {
      setTags("");
      setVisibility(defaultPlace);
      setElements([]);
    }
    editor.current?.focus();
    // Only when a different note is opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  useEffect(() => {
    const last = parseTags(tags).at(-1) ?? "";
    const controller = new AbortController();
    get<{ tags: { tag: string }[] }>(`/api/tags?prefix=${encodeURIComponent(tags.endsWith(",") ? "" : last)}`, { signal: controller.signal })
      .then((json) => setSuggestions((json.tags ?? []).map((t) => t.tag)))
      .catch(() => {});
    return () => controller.abort();
  }, [tags]);

  if (!composer) return null;
  const title = composer.mode === "new" ? "New note" : composer.mode === "code" ? "Code a passage" : composer.mode === "edit" ? "Edit your note" : `Reply to ${composer.parent.author.name}`;

  const save = async () => {
    if (composer.mode === "code") {
      if (elements.length === 0) {
        setError("Tick at least one element that this passage contains.");
        return;
      }
    } else if (!editor.current || editor.current.isEmpty()) {
      setError("Write something before saving.");
      editor.current?.focus();
      return;
    }
    const body = editor.current?.isEmpty() ? undefined : editor.current?.json();
    const place = visibility.startsWith("seminar:")
      ? { visibility: "seminar" as const, seminarId: visibility.slice("seminar:".length) }
      : { visibility: visibility as "public" | "private" };
    setBusy(true);
    setError(null);
    try {
      const tagList = parseTags(tags);
      if (composer.mode === "new") await create({ body, tags: tagList, ...place, targets: composer.targets });
      else if (composer.mode === "code") await create({ body, tags: tagList, ...place, targets: composer.targets, codes: { codebook, elements } });
      else if (composer.mode === "reply") await create({ body, tags: tagList, visibility: "public", inReplyTo: composer.parent.id });
      else await update(composer.note, { body, tags: tagList, ...(composer.note.inReplyTo ? {} : place) });
      setComposer(null);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="composer" aria-labelledby="composer-title">
      <h3 id="composer-title" className="composer__title">
        {title}
      </h3>
      <FormError error={error} />
      {(composer.mode === "new" || composer.mode === "code") && (
        <ol className="composer__passages">
          {composer.targets.map((t, i) => (
            <PassageField
              key={t.key}
              target={t}
              index={i}
              onChange={(next) => setComposer({ ...composer, targets: composer.targets.map((x, j) => (j === i ? next : x)) })}
              onRemove={composer.targets.length > 1 ? () => setComposer({ ...composer, targets: composer.targets.filter((_, j) => j !== i) }) : undefined}
            />
          ))}
        </ol>
      )}
      {composer.mode === "new" && allowMoreTargets && (
        <p className="muted composer__hint">To note a passage of the other text too, select it and choose “Add passage to the note”.</p>
      )}
      {composer.mode === "code" && (
        <fieldset className="composer__codes">
          <legend>Elements found in the passage</legend>
          {codebooks.length > 1 && (
            <label>
              <span>Codebook</span>
              <select
                value={codebook}
                onChange={(e) => {
                  setCodebook(e.target.value);
                  setElements([]);
                }}
              >
                {codebooks.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <ul className="composer__elements">
            {(codebooks.find((b) => b.id === codebook)?.elements ?? []).map((el) => (
              <li key={el.code}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={elements.includes(el.code)}
                    onChange={(e) => setElements((list) => (e.target.checked ? [...list, el.code] : list.filter((c) => c !== el.code)))}
                  />{" "}
                  {el.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <CommentEditor
        key={key}
        ref={editor}
        label={composer.mode === "reply" ? "Your reply" : composer.mode === "code" ? "Comment (optional)" : "Your note"}
        initial={composer.mode === "edit" ? composer.note.body : undefined}
        citables={citables}
        onSubmit={save}
      />
      {composer.mode !== "reply" && composer.mode !== "code" && (
        <label className="composer__tags">
          <span>Tags (separated by commas)</span>
          <input value={tags} onChange={(e) => setTags(e.target.value)} list={listId} autoComplete="off" />
          <datalist id={listId}>
            {suggestions.map((t) => (
              <option key={t} value={[...parseTags(tags).slice(0, tags.endsWith(",") ? undefined : -1), t].join(", ")} />
            ))}
          </datalist>
        </label>
      )}
      {(composer.mode === "new" || composer.mode === "code" || (composer.mode === "edit" && !composer.note.inReplyTo)) && (
        <fieldset className="composer__visibility">
          <legend>Who can read it</legend>
          {seminars.map((s) => (
            <label key={s.id}>
              <input type="radio" name="visibility" value={`seminar:${s.id}`} checked={visibility === `seminar:${s.id}`} onChange={() => setVisibility(`seminar:${s.id}`)} /> Seminar: {s.name}
            </label>
          ))}
          <label>
            <input type="radio" name="visibility" value="public" checked={visibility === "public"} onChange={() => setVisibility("public")} /> Everyone
          </label>
          <label>
            <input type="radio" name="visibility" value="private" checked={visibility === "private"} onChange={() => setVisibility("private")} /> Only me
          </label>
        </fieldset>
      )}
      <div className="composer__actions">
        <button type="button" className="button button--primary" onClick={save} disabled={busy}>
          {composer.mode === "edit" ? "Save changes" : composer.mode === "reply" ? "Post reply" : composer.mode === "code" ? "Save coding" : "Save note"}
        </button>
        <button type="button" className="button" onClick={() => setComposer(null)}>
          Cancel
        </button>
        <span className="muted composer__hint">Ctrl+Enter saves.</span>
      </div>
    </section>
  );
}
