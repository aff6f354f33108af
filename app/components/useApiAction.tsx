"use client";

import { useCallback, useState } from "react";

/**
 * A form's or a button's call to the API: `run` clears the last error, sets `busy` and runs the
 * action; if it throws, its message becomes `error` and `busy` is cleared. After a success `busy`
 * stays set: every action ends by leaving the page or refreshing it, and must not be sent twice
 * meanwhile. `setError` is for the form's own checks before it sends anything.
 */
export function useApiAction() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setError(null);
    setBusy(true);
    try {
      await action();
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }, []);
  return { error, setError, busy, run };
}

/** An action's error, announced to screen readers; nothing when there is none. */
export function FormError({ error, inline = false }: { error: string | null; inline?: boolean }) {
  if (!error) return null;
  const Tag = inline ? "span" : "p";
  return (
    <Tag className="form-error" role="alert">
      {error}
    </Tag>
  );
}
