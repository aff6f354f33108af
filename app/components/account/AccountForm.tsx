"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { authClient } from "@/app/lib/auth-client";

/** Change the display name; sign out. */
export function AccountForm({ name }: { name: string }) {
  const router = useRouter();
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("name") ?? "").trim();
    if (value.length < 2 || value.length > 80) return setStatus({ error: true, text: "A display name has 2 to 80 characters." });
    const result = await authClient.updateUser({ name: value });
    setStatus(result.error ? { error: true, text: result.error.message ?? "The name could not be saved." } : { error: false, text: "Saved." });
    router.refresh();
  };
  return (
    <>
      <form className="auth-form" onSubmit={save} noValidate>
        <label>
          <span>Display name</span>
          <input name="name" defaultValue={name} required minLength={2} maxLength={80} aria-describedby={status ? "account-status" : undefined} />
        </label>
        <button type="submit" className="button button--primary">
          Save
        </button>
        {status && (
          <p id="account-status" className={status.error ? "form-error" : "muted"} role={status.error ? "alert" : "status"}>
            {status.text}
          </p>
        )}
      </form>
      <SignOutButton />
    </>
  );
}

/** Sign out and return to the library. */
export function SignOutButton() {
  const router = useRouter();
  return (
    <button
      type="button"
      className="button"
      onClick={async () => {
        await authClient.signOut();
        router.push("/");
        router.refresh();
      }}
    >
      Sign out
    </button>
  );
}
