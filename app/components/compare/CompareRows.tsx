import Link from "next/link";
import { cellDoc, markModeFor, notInSide, sideText, type ComparedRow, type PairComparison } from "@/app/lib/compare";
import { compareQuery, type CompareParams } from "@/lib/compare/params";
import { renderProseMirror } from "@/app/components/prose-static";
import type { ProvisionTree } from "@/db/queries/corpus";
import { redlineText, type MarkMode } from "@/lib/prosemirror/diff-ranges";
import { treatySchema } from "@/lib/prosemirror/treaty-schema";
import type { DiffStats } from "@/lib/diff";
import { DiffText } from "./DiffText";

/** How an alignment kind reads in the interface ("Equivalent", "Same provision", ...). */
export const KIND_LABEL: Record<ComparedRow["row"]["kind"], string> = {
  equivalent: "Equivalent",
  partial: "Partial",
  related: "Related",
  "same-id": "Same provision",
  chosen: "Chosen pair",
};

/** "97% similar · 3 words added · 2 removed · 5 moved". */
export function StatsLine({ stats, className }: { stats: DiffStats; className?: string }) {
  return (
    <p className={className ?? "stats"}>
      <strong>{stats.similarity}% similar</strong>
      <span>
        {stats.wordsAdded} {stats.wordsAdded === 1 ? "word" : "words"} added
      </span>
      <span>{stats.wordsRemoved} removed</span>
      <span>{stats.wordsMoved} moved</span>
    </p>
  );
}

function readerHref(document: string, edition: string, id: string): string {
  return `/documents/${document}/editions/${edition}#${id}`;
}

/** One side of a row: the provision as the reader draws it, with this side's changes marked. */
export function Cell({ pair, row, side, mode, prefix = `r${row.index}-${side}-` }: { pair: PairComparison; row: ComparedRow; side: "left" | "right"; mode: MarkMode; prefix?: string }) {
  const node: ProvisionTree | null = side === "left" ? row.leftNode : row.rightNode;
  const text = side === "left" ? pair.base : pair.other;
  if (!node) {
    return (
      <div className={`crow__cell crow__cell--${side} crow__cell--empty`}>
        <p className="muted">{notInSide(text)}</p>
      </div>
    );
  }
  const { doc, marks } = cellDoc(text, node, prefix, { row, side, mode });
  return (
    <div className={`crow__cell crow__cell--${side}`}>
      <DiffText marks={marks} label={`${node.label}, ${text.document.shortTitle}`} text={sideText(text)}>
        {renderProseMirror(doc, marks)}
      </DiffText>
    </div>
  );
}

function RedlineCell({ pair, row }: { pair: PairComparison; row: ComparedRow }) {
  const { text, marks } = redlineText(row.diff.segments);
  const label = [row.row.left?.label, row.row.right?.label].filter(Boolean).join(" / ");
  const doc = treatySchema.node("doc", null, [
    treatySchema.node(
      "provision",
      { id: `redline`, kind: "paragraph", label, depth: 0, context: { domPrefix: `r${row.index}-`, href: `/documents/${pair.base.document.id}/editions/${pair.base.edition.id}`, compare: null, tools: false } },
      text ? [treatySchema.node("provision_text", null, [treatySchema.text(text)])] : [],
    ),
  ]);
  // The text block starts at position 2 (doc > provision > provision_text).
  const shifted = marks.map((m) => ({ ...m, from: m.from + 2, to: m.to + 2 }));
  return (
    <div className="crow__cell crow__cell--redline">
      <DiffText marks={shifted} label={`Redline of ${label}`} className="is-redline">
        {renderProseMirror(doc, shifted)}
      </DiffText>
    </div>
  );
}

/** The aligned rows of one comparison, two columns (or one redline column), with their diffs. */
export function CompareRows({ pair, params }: { pair: PairComparison; params: CompareParams }) {
  const { view, onlyDifferences } = params;
  const rows = onlyDifferences ? pair.rows.filter((r) => r.differs) : pair.rows;
  if (rows.length === 0) {
    return (
      <p className="compare-empty">
        {pair.rows.length === 0
          ? "No provisions of these two texts are aligned yet. Choose a provision on each side, or see the suggested counterparts below."
          : "No row differs: the two texts are the same under these options."}
      </p>
    );
  }
  return (
    <ol className={`compare-rows compare-rows--${view}`} aria-label={`Aligned provisions: ${pair.base.document.shortTitle} and ${pair.other.document.shortTitle}`}>
      {rows.map((row) => {
        const { left, right } = row.row;
        const rowLabel = [left?.label, right?.label].filter(Boolean).join(" / ");
        const mode = markModeFor(params, row);
        return (
          <li key={row.index} className={`crow${row.differs ? "" : " crow--same"}`} id={`row-${row.index}`} data-row={row.index} data-row-label={rowLabel}>
            <div className="crow__head">
              <p className="crow__labels">
                {left ? (
                  <Link href={readerHref(pair.base.document.id, pair.base.edition.id, left.id)}>
                    {pair.base.document.shortTitle} {left.label}
                  </Link>
                ) : (
                  <span className="muted">—</span>
                )}
                <span className={`kind kind--${row.row.kind}`}>{KIND_LABEL[row.row.kind]}</span>
                {right ? (
                  <Link href={readerHref(pair.other.document.id, pair.other.edition.id, right.id)}>
                    {pair.other.document.shortTitle} {right.label}
                  </Link>
                ) : (
                  <span className="muted">—</span>
                )}
              </p>
              <StatsLine stats={row.diff.stats} className="stats stats--row" />
              {row.row.note && (
                <p className="crow__note">
                  <span className="visually-hidden">Why these correspond: </span>
                  {row.row.note} {row.row.alignmentSource && <span className="muted">({row.row.alignmentSource})</span>}
                </p>
              )}
              {mode === "shared" && view === "columns" && (
                <p className="crow__shared" role="note">
                  These provisions share few words ({row.diff.stats.similarity}% similar), so the words they share are marked, in bold, rather than every difference.{" "}
                  <Link href={`/compare?${compareQuery({ ...params, marks: "differences" })}`}>Mark every difference</Link>
                </p>
              )}
              {row.diff.fallback && (
                <p className="crow__fallback" role="note">
                  {row.diff.fallback.reason}
                </p>
              )}
            </div>
            {view === "redline" ? (
              <RedlineCell pair={pair} row={row} />
            ) : (
              <div className="crow__cells">
                <Cell pair={pair} row={row} side="left" mode={mode} />
                <Cell pair={pair} row={row} side="right" mode={mode} />
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
