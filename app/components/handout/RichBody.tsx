import { Node as PMNode } from "prosemirror-model";
import { renderProseMirror } from "@/app/components/prose-static";
import { commentSchema } from "@/lib/prosemirror/comment-schema";

/**
 * A comment-schema body (a note, or an assignment's prompt) drawn on the server through the
 * schema's own specs, as CommentBody does in the notes panel; no raw HTML.
 */
export function RichBody({ body, fallback, className }: { body: unknown; fallback?: string; className?: string }) {
  let node: PMNode | null = null;
  try {
    node = PMNode.fromJSON(commentSchema, body);
    node.check();
  } catch {
    node = null;
  }
  if (!node) return <p className={className}>{fallback ?? "(This text could not be shown.)"}</p>;
  return <div className={className ? `comment-body ${className}` : "comment-body"}>{renderProseMirror(node)}</div>;
}
