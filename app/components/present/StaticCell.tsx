import { renderProseMirror } from "@/app/components/prose-static";
import { cellDoc, notInSide } from "@/app/lib/compare";
import { columnTitle, type SlideColumn } from "./slides";

/**
 * One column of a slide drawn on the server, as the compare view draws it before its editor view
 * mounts: the provision through the treaty schema's own specs, with this side's differences
 * (insertions underlined, deletions struck through, moves boxed). No JavaScript involved.
 */
export function StaticCell({ column, prefix, className }: { column: SlideColumn; prefix: string; className?: string }) {
  const { text, node, row, side, mode } = column;
  if (!node) {
    return (
      <div className={["static-cell static-cell--empty", className].filter(Boolean).join(" ")}>
        <p className="static-cell__empty">{notInSide(text)}</p>
      </div>
    );
  }
  const { doc, marks } = cellDoc(text, node, prefix, row ? { row, side, mode } : undefined);
  return (
    <div className={["static-cell diff-text", className].filter(Boolean).join(" ")}>
      <div className="diff-text__pm" role="document" aria-label={columnTitle(column)}>
        {renderProseMirror(doc, marks)}
      </div>
    </div>
  );
}
