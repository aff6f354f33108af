"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { send } from "@/app/components/api-client";
import { FormError, useApiAction } from "@/app/components/useApiAction";

/** "Name — description" lines into elements. */
function parseElements(text: string): { name: string; description: string }[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name, ...rest] = line.split(/\s+[—–-]\s+/);
      return { name: name!.trim(), description: rest.join(" — ").trim() };
    });
}

/**
 * Create a codebook, or publish a new version of one of yours (`base` set): a name, a description,
 * and the elements, one per line ("Name — what it means"). Earlier versions and their codings stay.
 */
export function CodebookForm({ base }: { base?: { id: string; name: string; description: string; elements: { name: string; description: string }[] } }) {
  const router = useRouter();
  const { error, run } = useApiAction();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body = { name: String(data.get("name") ?? ""), description: String(data.get("description") ?? ""), elements: parseElements(String(data.get("elements") ?? "")) };
    return run(async () => {
      const { codebook } = await send<{ codebook: { id: string } }>(base ? `/api/codebooks/${base.id}/versions` : "/api/codebooks", "POST", body);
      router.push(`/analysis/elements?codebook=${codebook.id}`);
    });
  };
  return (
    <form className="stack-form" onSubmit={submit} noValidate aria-label={base ? `New version of ${base.name}` : "New codebook"}>
      <FormError error={error} />
      <label>
        <span>Name</span>
        <input name="name" required defaultValue={base?.name ?? ""} maxLength={120} />
      </label>
      <label>
        <span>Description</span>
        <textarea name="description" rows={2} defaultValue={base?.description ?? ""} maxLength={2000} />
      </label>
      <label>
        <span>Elements, one per line: “Name — what it means”</span>
        <textarea name="elements" rows={8} required defaultValue={base ? base.elements.map((e) => (e.description ? `${e.name} — ${e.description}` : e.name)).join("\n") : ""} />
      </label>
      <button type="submit" className="button button--primary">
        {base ? "Publish the new version" : "Create codebook"}
      </button>
    </form>
  );
}
