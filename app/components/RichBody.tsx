import { Node as PMNode } from "prosemirror-model";
import type { ReactNode } from "react";
import { renderProseMirror } from "@/app/components/prose-static";
import { commentSchema } from "@/lib/prosemirror/comment-schema";

/**
 * A comment-schema body (a note, a reply, or an assignment's prompt) drawn through the schema's
 * own specs, on the server or in the notes panel; no raw HTML. A body that does not fit the
 * schema shows `fallback` instead (text goes in a paragraph of `className`).
 */
export function RichBody({ body, fallback = "(This text could not be shown.)", className }: { body: unknown; fallback?: ReactNode; className?: string }) {
  let node: PMNode | null = null;
  try {
    node = PMNode.fromJSON(commentSchema, body);
    node.check();
  } catch {
    node = null;
  }
  if (!node) return typeof fallback === "string" ? <p className={className}>{fallback}</p> : fallback;
  return <div className={className ? `comment-body ${className}` : "comment-body"}>{renderProseMirror(node)}</div>;
}
