import Link from "next/link";
import { CompletenessBadge } from "@/app/components/CompletenessBadge";
import { cellDoc, markModeFor, multiRows, type ComparedRow, type Comparison, type PairComparison } from "@/app/lib/compare";
import { formatSide } from "@/lib/compare/params";
import { renderProseMirror } from "@/app/components/prose-static";
import { Cell } from "./CompareRows";
import { DiffText } from "./DiffText";

/**
 * Three or more texts in columns against a base: the base column shows its text; every other
 * column shows its own text with what it does not share with the base underlined (and moved
 * passages boxed), with its similarity to the base.
 */
export function MultiCompare({ comparison }: { comparison: Comparison }) {
  const [base] = comparison.sides;
  if (!base) return null;
  const rows = multiRows(comparison);
  return (
    <div className="multi">
      <table className="multi__table">
        <caption className="visually-hidden">Each text compared with the base, provision by provision</caption>
        <thead>
          <tr>
            {comparison.sides.map((side, i) => (
              <th key={i} scope="col" className="multi__head">
                <strong>
                  {i === 0 ? "Base: " : ""}
                  {side.document.shortTitle}
                </strong>
                {side.provision && <span> {side.provision.label}</span>}{" "}
                <CompletenessBadge edition={side.edition} />
                {i > 0 && <span className="stats stats--row">{comparison.pairs[i - 1]!.stats.similarity}% similar to the base</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="compare-rows">
          {rows.map((row, r) => (
            <tr key={row.key} data-row={r} data-row-label={row.label || "Unaligned"}>
              <td>{row.base ? <BaseCell pair={comparison.pairs[0]!} node={row.base} index={r} /> : <p className="muted">Not in the base text.</p>}</td>
              {row.cells.map((cell, column) => (
                <td key={column}>{cell ? <OtherCell comparison={comparison} pair={comparison.pairs[column]!} row={cell} index={r} column={column} /> : <p className="muted">No aligned provision.</p>}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BaseCell({ pair, node, index }: { pair: PairComparison; node: NonNullable<ComparedRow["leftNode"]>; index: number }) {
  const { doc } = cellDoc(pair.base, node, `m${index}-base-`);
  return (
    <DiffText marks={[]} label={`${node.label}, ${pair.base.document.shortTitle}`}>
      {renderProseMirror(doc)}
    </DiffText>
  );
}

function OtherCell({ comparison, pair, row, index, column }: { comparison: Comparison; pair: PairComparison; row: ComparedRow; index: number; column: number }) {
  const right = row.row.right;
  if (!right) return <p className="muted">No aligned provision in {pair.other.document.shortTitle}.</p>;
  return (
    <>
      <Cell pair={pair} row={row} side="right" mode={markModeFor(comparison.params, row)} prefix={`m${index}-c${column}-`} />
      <p className="stats stats--row">
        {row.row.left && (
          <>
            <Link href={`/compare?left=${formatSide({ ...pair.base.side, provision: row.row.left.id })}&right=${formatSide({ ...pair.other.side, provision: right.id })}`}>Side by side</Link>
            {" · "}
          </>
        )}
        {row.diff.stats.similarity}% similar{row.row.kind !== "chosen" && row.row.kind !== "same-id" ? ` · ${row.row.kind}` : ""}
      </p>
    </>
  );
}
