import Link from "next/link";
import { cellDoc, markModeFor, type ComparedRow, type Comparison, type PairComparison } from "@/app/lib/compare";
import { renderProseMirror } from "@/app/components/prose-static";
import { Cell } from "./CompareRows";
import { DiffText } from "./DiffText";

/**
 * Three or more texts in columns against a base: the base column shows its text; every other
 * column shows its own text with what it does not share with the base underlined (and moved
 * passages boxed), with its similarity to the base.
 */
export function MultiCompare({ comparison, onlyDifferences }: { comparison: Comparison; onlyDifferences: boolean }) {
  const [base] = comparison.sides;
  if (!base) return null;
  // One table row per base provision that any column aligns; each column's row for it.
  const keys: string[] = [];
  const byKey = new Map<string, { base: ComparedRow["leftNode"]; label: string; cells: (ComparedRow | null)[] }>();
  comparison.pairs.forEach((pair, column) => {
    for (const row of pair.rows) {
      const key = row.row.left ? row.row.left.id : `only-${column}-${row.index}`;
      let entry = byKey.get(key);
      if (!entry) {
        entry = { base: row.leftNode, label: row.row.left?.label ?? "", cells: comparison.pairs.map(() => null) };
        byKey.set(key, entry);
        keys.push(key);
      }
      entry.cells[column] = row;
    }
  });
  const rows = keys.map((key) => ({ key, ...byKey.get(key)! })).filter((r) => !onlyDifferences || r.cells.some((c) => c?.differs));
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
                <span className={`badge badge--${side.edition.completeness}`}>{side.edition.completeness === "full" ? "Full text" : `Excerpt: ${side.edition.summary}`}</span>
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
            <Link href={`/compare?left=${pair.base.document.id}@${pair.base.edition.id}:${row.row.left.id}&right=${pair.other.document.id}@${pair.other.edition.id}:${right.id}`}>Side by side</Link>
            {" · "}
          </>
        )}
        {row.diff.stats.similarity}% similar{row.row.kind !== "chosen" && row.row.kind !== "same-id" ? ` · ${row.row.kind}` : ""}
      </p>
    </>
  );
}
