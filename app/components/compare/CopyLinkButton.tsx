"use client";

import { useState } from "react";

/** Copies the page's address (which holds every view option) to the clipboard. */
export function CopyLinkButton({ label = "Copy link to this view" }: { label?: string }) {
  const [status, setStatus] = useState("");
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(window.location.href);
            setStatus("Link copied.");
          } catch {
            setStatus("Could not copy: the address bar holds the link.");
          }
        }}
      >
        {label}
      </button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {status}
      </span>
    </>
  );
}
