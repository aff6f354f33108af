"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { authClient } from "@/app/lib/auth-client";

/** Only same-site paths may be returned to after signing in. */
function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

/** The sign-in or sign-up form, with errors shown in the form and announced. */
export function AuthForm({ mode, next }: { mode: "sign-in" | "sign-up"; next: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");
    const name = String(data.get("name") ?? "").trim();
    if (mode === "sign-up" && name.length < 2) return setError("Write the name others will see on your notes (at least 2 characters).");
    if (!email.includes("@")) return setError("Write your e-mail address.");
    if (mode === "sign-up" && password.length < 10) return setError("Choose a password of at least 10 characters.");
    setBusy(true);
    setError(null);
    const result = mode === "sign-in" ? await authClient.signIn.email({ email, password }) : await authClient.signUp.email({ email, password, name });
    setBusy(false);
    if (result.error) {
      const status = result.error.status;
      setError(
        status === 429
          ? result.error.message || "Too many attempts. Wait a minute and try again."
          : mode === "sign-in"
            ? "The e-mail address or the password is not right."
            : result.error.message || "The account could not be created.",
      );
      return;
    }
    router.push(safeNext(next));
    router.refresh();
  };

  return (
    <form className="auth-form" onSubmit={submit} noValidate aria-describedby={error ? "auth-error" : undefined}>
      {error && (
        <p id="auth-error" className="form-error" role="alert">
          {error}
        </p>
      )}
      {mode === "sign-up" && (
        <label>
          <span>Display name</span>
          <input name="name" autoComplete="name" required minLength={2} maxLength={80} />
        </label>
      )}
      <label>
        <span>E-mail</span>
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        <span>Password</span>
        <input name="password" type="password" autoComplete={mode === "sign-in" ? "current-password" : "new-password"} required minLength={mode === "sign-up" ? 10 : 1} />
      </label>
      <button type="submit" className="button button--primary" disabled={busy}>
        {mode === "sign-in" ? "Sign in" : "Create account"}
      </button>
      <p className="muted">
        {mode === "sign-in" ? (
          <>
            No account yet? <Link href={`/sign-up${next ? `?next=${encodeURIComponent(next)}` : ""}`}>Create one</Link>.
          </>
        ) : (
          <>
            Already have an account? <Link href={`/sign-in${next ? `?next=${encodeURIComponent(next)}` : ""}`}>Sign in</Link>.
          </>
        )}
      </p>
    </form>
  );
}
