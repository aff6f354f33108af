import { renderProseMirror } from "@/app/components/prose-static";
import { rowMarks } from "@/lib/prosemirror/diff-ranges";
import { provisionsToDoc } from "@/lib/prosemirror/treaty-schema";
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
        <p className="static-cell__empty">
          Not in {text.document.shortTitle}, {text.edition.title}.
        </p>
      </div>
    );
  }
  const doc = provisionsToDoc([node], { domPrefix: prefix, href: `/documents/${text.document.id}/editions/${text.edition.id}`, compare: null, tools: false });
  const marks = row ? rowMarks(doc, row.diff.segments, side, mode) : [];
  return (
    <div className={["static-cell diff-text", className].filter(Boolean).join(" ")}>
      <div className="diff-text__pm" role="document" aria-label={columnTitle(column)}>
        {renderProseMirror(doc, marks)}
      </div>
    </div>
  );
}
