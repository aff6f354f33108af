import type { Metadata } from "next";
import Link from "next/link";
import { codebookParam } from "@/app/components/analysis/codebook-param";
import { CodebookPicker } from "@/app/components/analysis/CodebookPicker";
import { getDb } from "@/app/lib/db";
import { matrixFor } from "@/app/lib/matrix";
import { currentViewer } from "@/app/lib/viewer";
import { DEFAULT_CODEBOOK_ID } from "@/db/codebooks";
import { listCodebooks } from "@/db/queries/codebooks";
import { TableScroll } from "@/app/components/TableScroll";

export const metadata: Metadata = { title: "Definitional elements" };

/** Coded passages listed per cell; the count says how many more there are. */
const PASSAGES_SHOWN = 5;
export const dynamic = "force-dynamic";

/**
 * The instruments (columns) against the elements of a codebook (rows): whether each element is
 * present in each instrument's definition, by how many coders, with links to the coded passages,
 * and, for Schmid's codebook, the share of academic definitions containing the element.
 */
export default async function ElementsPage({ searchParams }: { searchParams: Promise<{ codebook?: string | string[] }> }) {
  const { codebook = DEFAULT_CODEBOOK_ID } = await searchParams;
  const db = getDb();
  const { viewer } = await currentViewer();
  const books = listCodebooks(db);
  const found = matrixFor(db, viewer, codebookParam(codebook));
  if (!found) {
    return (
      <div className="page">
        <h1>Definitional elements</h1>
        <p className="form-error" role="alert">
          There is no codebook &quot;{codebook}&quot;. <Link href="/analysis/elements">Use the default codebook</Link>.
        </p>
      </div>
    );
  }
  const { book, matrix } = found;
  const instruments = matrix.instruments;
  const maxCoders = Math.max(1, ...matrix.rows.flatMap((r) => r.cells.map((c) => c.coders)));
  const hasShares = matrix.rows.some((r) => r.share !== null);
  const cell = 26;
  const labelWidth = 280;
  return (
    <div className="page page--analysis">
      <h1>Definitional elements</h1>
      <p className="lede">
        Which elements of <strong>{book.name}</strong> each instrument&apos;s definition contains, as coded by readers ({found.codings} coded passage
        {found.codings === 1 ? "" : "s"} you can see). Code a passage from the reader or a comparison: select it and choose <em>Code…</em>.
      </p>
      <CodebookPicker action="/analysis/elements" books={books} current={book.id}>
        <a className="button" href={`/api/analysis/elements?codebook=${book.id}&format=csv`}>
          Export CSV
        </a>
        <Link className="button" href="/analysis/codebooks">
          Codebooks
        </Link>
      </CodebookPicker>
      {book.source && <p className="muted">Source: {book.source}</p>}

      <figure className="heatmap" tabIndex={0} aria-labelledby="heatmap-caption">
        <svg
          role="img"
          aria-labelledby="heatmap-caption"
          width={labelWidth + instruments.length * (cell + 60)}
          height={30 + matrix.rows.length * cell}
          viewBox={`0 0 ${labelWidth + instruments.length * (cell + 60)} ${30 + matrix.rows.length * cell}`}
        >
          {instruments.map((inst, i) => (
            <text key={inst.id} x={labelWidth + i * (cell + 60) + cell / 2} y={18} textAnchor="middle" className="heatmap__head">
              {inst.title.split(" ")[0]}
            </text>
          ))}
          {matrix.rows.map((row, r) => (
            <g key={row.element} transform={`translate(0 ${30 + r * cell})`}>
              <text x={labelWidth - 8} y={cell / 2 + 4} textAnchor="end" className="heatmap__label">
                {row.name.length > 42 ? `${row.name.slice(0, 41)}…` : row.name}
              </text>
              {row.cells.map((c, i) => (
                <g key={c.instrument} transform={`translate(${labelWidth + i * (cell + 60)} 0)`}>
                  <rect width={cell - 2} height={cell - 2} className={c.coders > 0 ? "heatmap__cell is-present" : "heatmap__cell"} style={{ fillOpacity: c.coders > 0 ? 0.25 + (0.75 * c.coders) / maxCoders : 1 }} />
                  <text x={(cell - 2) / 2} y={cell / 2 + 3} textAnchor="middle" className="heatmap__value">
                    {c.coders > 0 ? c.coders : ""}
                  </text>
                </g>
              ))}
            </g>
          ))}
        </svg>
        <figcaption id="heatmap-caption">
          Heat map of the table below: a filled square means at least one coder found the element in that instrument; the number is how many coders did.
        </figcaption>
      </figure>

      <TableScroll label="Elements by instrument">
        <table className="data-table matrix" aria-label="Elements by instrument">
          <thead>
            <tr>
              <th scope="col">Element</th>
              {instruments.map((inst) => (
                <th scope="col" key={inst.id}>
                  {inst.title}
                </th>
              ))}
              {hasShares && <th scope="col">Academic definitions (1988)</th>}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.element}>
                <th scope="row">{row.name}</th>
                {row.cells.map((c) => (
                  <td key={c.instrument} className={c.coders > 0 ? "matrix__present" : undefined}>
                    {c.coders > 0 ? (
                      <>
                        <span className="matrix__mark">Present</span> <span className="muted">({c.coders} coder{c.coders === 1 ? "" : "s"})</span>
                        <ul className="matrix__passages">
                          {c.passages.slice(0, PASSAGES_SHOWN).map((p) => (
                            <li key={p.noteId}>
                              <Link href={`/documents/${p.document}/editions/${p.edition}#${p.provision}`} title={p.quote}>
                                “{p.quote.length > 40 ? `${p.quote.slice(0, 39)}…` : p.quote}”
                              </Link>
                            </li>
                          ))}
                        </ul>
                        {c.passages.length > PASSAGES_SHOWN && <span className="muted">and {c.passages.length - PASSAGES_SHOWN} more passages</span>}
                      </>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                ))}
                {hasShares && <td>{row.share !== null ? `${row.share} %` : ""}</td>}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Elements present</th>
              {matrix.totals.map((t) => (
                <td key={t.instrument}>{t.elements}</td>
              ))}
              {hasShares && <td />}
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </div>
  );
}
