"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { send } from "@/app/components/api-client";
import { CommentEditor, type CommentEditorHandle } from "@/app/components/notes/CommentEditor";
import { FormError, useApiAction } from "@/app/components/useApiAction";

/** A datetime-local value (local time) for an ISO instant. */
function local(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * Set an assignment: a title, a prompt written in the comment editor, what to read (a compare
 * view, as its address, or provisions, one per line as document:provision), when it opens and is
 * due, and whether students see their peers' notes only after posting their own.
 */
export function AssignmentForm({ seminarId, compare }: { seminarId: string; compare: string }) {
  const router = useRouter();
  const prompt = useRef<CommentEditorHandle>(null);
  const [kind, setKind] = useState<"compare" | "provisions">("compare");
  const { error, setError, busy, run } = useApiAction();
  const now = Date.now();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const editor = prompt.current;
    if (!editor || editor.isEmpty()) return setError("Write the prompt students will answer.");
    const opens = String(data.get("opensAt") ?? "");
    const due = String(data.get("dueAt") ?? "");
    if (!opens || !due) return setError("Set when the assignment opens and when it is due.");
    return run(async () => {
      const body = {
        title: String(data.get("title") ?? ""),
        prompt: editor.json(),
        ...(kind === "compare"
          ? { compare: String(data.get("compare") ?? "") }
          : {
              provisions: String(data.get("provisions") ?? "")
                .split("\n")
                .map((l) => l.trim())
                .filter(Boolean),
            }),
        opensAt: new Date(opens).toISOString(),
        dueAt: new Date(due).toISOString(),
        peersAfterPosting: data.get("peersAfterPosting") === "on",
      };
      const { assignment } = await send<{ assignment: { id: string } }>(`/api/seminars/${seminarId}/assignments`, "POST", body);
      router.push(`/seminars/${seminarId}/assignments/${assignment.id}`);
    });
  };

  return (
    <form className="stack-form assignment-form" onSubmit={submit} noValidate>
      <FormError error={error} />
      <label>
        <span>Title</span>
        <input name="title" required minLength={2} maxLength={160} placeholder="Two definitions of terrorism" />
      </label>
      <div className="stack-form__field">
        <span id="prompt-label">Prompt</span>
        <CommentEditor ref={prompt} label="Prompt" citables={[]} />
      </div>
      <fieldset>
        <legend>What students read</legend>
        <label className="check">
          <input type="radio" name="kind" checked={kind === "compare"} onChange={() => setKind("compare")} /> A comparison
        </label>
        <label className="check">
          <input type="radio" name="kind" checked={kind === "provisions"} onChange={() => setKind("provisions")} /> A list of provisions
        </label>
        {kind === "compare" ? (
          <label>
            <span>Comparison (the address of a compare view, with its options)</span>
            <input name="compare" defaultValue={compare} placeholder="/compare?left=shanghai-convention-2001:art_1__para_1__point_1&right=us-nsct-2003:sec_1__para_2" />
          </label>
        ) : (
          <label>
            <span>Provisions, one per line (document:provision, e.g. sco-charter-2002:art_10)</span>
            <textarea name="provisions" rows={4} />
          </label>
        )}
      </fieldset>
      <div className="two-fields">
        <label>
          <span>Opens</span>
          <input type="datetime-local" name="opensAt" defaultValue={local(new Date(now).toISOString())} required />
        </label>
        <label>
          <span>Due</span>
          <input type="datetime-local" name="dueAt" defaultValue={local(new Date(now + 7 * 86_400_000).toISOString())} required />
        </label>
      </div>
      <label className="check">
        <input type="checkbox" name="peersAfterPosting" /> Students see their peers&apos; notes only after posting their own
      </label>
      <button type="submit" className="button button--primary" disabled={busy}>
        Set assignment
      </button>
    </form>
  );
}
