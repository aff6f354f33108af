"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/** Where each key of the presentation leads; null where there is nowhere to go (first / last row). */
export interface PresentTargets {
  prev: string | null;
  next: string | null;
  first: string;
  last: string;
  leave: string;
  toggleNotes: string;
}

const FORM_FIELD = /^(INPUT|TEXTAREA|SELECT|BUTTON)$/;

/**
 * The presentation's keys: → / PageDown / Space for the next row, ← / PageUp / Shift+Space for the
 * previous one, Home / End, N for notes, Escape to leave. Each replaces the address with the
 * canonical one of the new view (so the address always reproduces it); focus stays on the
 * presentation layer `layerId`, which is scrolled back to the top for each new row.
 */
export function PresentKeys({ targets, row, layerId }: { targets: PresentTargets; row: number; layerId: string }) {
  const router = useRouter();
  const latest = useRef(targets);
  const byKey = useRef(false);
  const [edge, setEdge] = useState("");

  useEffect(() => {
    latest.current = targets;
  }, [targets]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || FORM_FIELD.test(target.tagName))) return;
      const hrefs = latest.current;
      let href: string | null;
      let none = "";
      switch (event.key) {
        case "ArrowRight":
        case "PageDown":
          href = hrefs.next;
          none = "This is the last row.";
          break;
        case " ":
          href = event.shiftKey ? hrefs.prev : hrefs.next;
          none = event.shiftKey ? "This is the first row." : "This is the last row.";
          break;
        case "ArrowLeft":
        case "PageUp":
          href = hrefs.prev;
          none = "This is the first row.";
          break;
        case "Home":
          href = hrefs.first;
          break;
        case "End":
          href = hrefs.last;
          break;
        case "n":
        case "N":
          href = hrefs.toggleNotes;
          break;
        case "Escape":
          event.preventDefault();
          router.push(hrefs.leave);
          return;
        default:
          return;
      }
      event.preventDefault();
      if (!href) {
        // Said anew each time (the text changes), so that a repeated key is heard.
        setEdge((said) => (said === none ? `${none}\u00a0` : none));
        return;
      }
      setEdge("");
      byKey.current = true;
      router.replace(href, { scroll: false });
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [router]);

  useEffect(() => {
    const layer = document.getElementById(layerId);
    if (!layer) return;
    layer.scrollTop = 0;
    const active = document.activeElement;
    // Keys, the first view, and a link that went away (Next on the last row) leave focus on the layer.
    if (byKey.current || !active || active === document.body || !active.isConnected || !layer.contains(active)) layer.focus({ preventScroll: true });
    byKey.current = false;
  }, [row, layerId]);

  return (
    <p className="visually-hidden" role="status">
      {edge}
    </p>
  );
}
