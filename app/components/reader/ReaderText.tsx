"use client";

import { useEffect, useState, type ReactNode } from "react";
import type { TextRef } from "@/app/components/notes/NotesProvider";
import { useServerTextView } from "@/app/components/useServerTextView";

/**
 * The treaty text. The server renders it as HTML (readable without JavaScript); on the client
 * the same document, parsed back from that HTML with the shared schema, is mounted in a
 * read-only ProseMirror EditorView, which later features decorate with diffs and notes.
 * It also marks and scrolls to the provision named in the address, and copies links.
 */
export function ReaderText({ children, label, text }: { children: ReactNode; label: string; text?: TextRef }) {
  const { serverRef, mountRef, mounted } = useServerTextView({ text: text ?? null, annotatable: true, lazy: false, className: "reader-text__pm", label, keepFocus });
  const [status, setStatus] = useState("");

  useEffect(() => {
    if (!mounted) return;
    const markTarget = (scroll: boolean) => {
      for (const el of document.querySelectorAll(".provision.is-target")) el.classList.remove("is-target");
      const id = decodeURIComponent(window.location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      if (!target || !target.classList.contains("provision")) return;
      target.classList.add("is-target");
      if (scroll && !target.contains(document.activeElement)) {
        target.scrollIntoView({ block: "start" });
        target.focus({ preventScroll: true });
      }
    };
    markTarget(true);
    const onHash = () => markTarget(true);
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [mounted]);

  const onClick = async (event: React.MouseEvent) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-copy-link]");
    if (!button) return;
    const target = new URL(button.dataset.copyLink!, window.location.href);
    const label = button.closest<HTMLElement>(".provision")?.dataset.label ?? target.hash;
    const copied = await copyText(target.href);
    if (target.pathname === window.location.pathname) {
      window.history.replaceState(null, "", target.hash);
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    }
    setStatus(copied ? `Link to ${label} copied.` : `Could not copy automatically; the link to ${label} is now in the address bar.`);
  };

  return (
    <div className="reader-text" onClick={onClick}>
      {!mounted && (
        <div ref={serverRef} className="reader-text__pm" aria-label={label} role="document">
          {children}
        </div>
      )}
      <div ref={mountRef} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

/** Someone who tabbed into the server-rendered text keeps their place in the mounted one. */
function keepFocus(server: HTMLElement): ((view: HTMLElement) => void) | null {
  const selector = focusKey(server);
  return selector ? (view) => view.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true }) : null;
}

/** A selector for the focused element inside `root`, to find its twin in the mounted view. */
function focusKey(root: HTMLElement): string | null {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !root.contains(active)) return null;
  const provision = active.closest<HTMLElement>(".provision");
  if (!provision) return null;
  const id = CSS.escape(provision.id);
  if (active === provision) return `#${id}`;
  if (active.matches(".provision__copy")) return `#${id} > .provision__meta .provision__copy`;
  if (active.matches(".provision__label")) return `#${id} > .provision__meta .provision__label`;
  return `#${id}`;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}
