"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { send } from "@/app/components/api-client";
import { FormError, useApiAction } from "@/app/components/useApiAction";

/** Create a seminar: name, term, description. */
export function CreateSeminarForm() {
  const router = useRouter();
  const { error, run } = useApiAction();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    return run(async () => {
      const { seminar } = await send<{ seminar: { id: string } }>("/api/seminars", "POST", {
        name: String(data.get("name") ?? ""),
        term: String(data.get("term") ?? ""),
        description: String(data.get("description") ?? ""),
      });
      router.push(`/seminars/${seminar.id}`);
    });
  };
  return (
    <form className="stack-form" onSubmit={submit} aria-labelledby="create-title" noValidate>
      <h2 id="create-title">Create a seminar</h2>
      <FormError error={error} />
      <label>
        <span>Name</span>
        <input name="name" required minLength={2} maxLength={120} placeholder="Definitions of terrorism" />
      </label>
      <label>
        <span>Term</span>
        <input name="term" maxLength={60} placeholder="Winter 2026/27" />
      </label>
      <label>
        <span>Description</span>
        <textarea name="description" rows={3} maxLength={2000} />
      </label>
      <button type="submit" className="button button--primary">
        Create seminar
      </button>
    </form>
  );
}

/** Join a seminar with the code an instructor gave. */
export function JoinSeminarForm({ initialCode = "" }: { initialCode?: string }) {
  const router = useRouter();
  const { error, run } = useApiAction();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    return run(async () => {
      const { seminar } = await send<{ seminar: { id: string } }>("/api/seminars/join", "POST", { code });
      router.push(`/seminars/${seminar.id}`);
      router.refresh();
    });
  };
  return (
    <form className="stack-form" onSubmit={submit} aria-labelledby="join-title" noValidate>
      <h2 id="join-title">Join a seminar</h2>
      <FormError error={error} />
      <label>
        <span>Join code</span>
        <input name="code" required defaultValue={initialCode} autoComplete="off" placeholder="XXXX-XXXX-XXXX" />
      </label>
      <button type="submit" className="button button--primary">
        Join
      </button>
    </form>
  );
}
