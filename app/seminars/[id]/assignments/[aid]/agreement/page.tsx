import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/app/components/Breadcrumb";
import { codebookParam } from "@/app/components/analysis/codebook-param";
import { CodebookPicker } from "@/app/components/analysis/CodebookPicker";
import { assignmentPageAccess } from "@/app/components/seminars/access";
import { assignmentSides } from "@/app/lib/assignment-work";
import { sideProvisions } from "@/app/lib/compare";
import { getDb } from "@/app/lib/db";
import { viewerFor } from "@/app/lib/viewer";
import { DEFAULT_CODEBOOK_ID } from "@/db/codebooks";
import { getCodebook, listCodebooks, listCodings } from "@/db/queries/codebooks";
import { listMembers } from "@/db/queries/seminars";
import { codingAgreement, readAlpha, readKappa } from "@/lib/agreement";
import { TableScroll } from "@/app/components/TableScroll";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Agreement between coders" };

function figure(value: number | null): string {
  return value === null ? "—" : value.toFixed(3);
}

/**
 * How far the students who coded an assignment's provisions agree, per element and overall
 * (Krippendorff's alpha; Cohen's kappa when there are two coders), read in plain words, with the
 * passages where they disagree most. Instructors only.
 */
export default async function AgreementPage({ params, searchParams }: { params: Promise<{ id: string; aid: string }>; searchParams: Promise<{ codebook?: string | string[] }> }) {
  const { id, aid } = await params;
  const { codebook } = await searchParams;
  const base = `/seminars/${id}/assignments/${aid}`;
  const { seminar, assignment, userId } = await assignmentPageAccess(id, aid, `${base}/agreement`, true);
  const db = getDb();
  const book = getCodebook(db, codebookParam(codebook)) ?? getCodebook(db, DEFAULT_CODEBOOK_ID)!;
  const sides = assignmentSides(db, assignment);
  // The units are the provisions the assignment sets (with text); each student decides, for each, which elements it contains.
  const units = sides.flatMap((side) =>
    sideProvisions(side)
      .filter((p) => p.text)
      .map((p) => ({ key: `${side.document.id}:${p.id}`, label: `${side.document.shortTitle} ${p.label}` })),
  );
  const students = new Map(listMembers(db, id).filter((m) => m.role === "student").map((m) => [m.userId, m.name]));
  const codings = listCodings(db, viewerFor(userId), book.id, aid).filter((c) => students.has(c.coder));
  const coders = [...new Set(codings.map((c) => c.coder))];
  const unitKeys = new Set(units.map((u) => u.key));
  const rows = codings.filter((c) => unitKeys.has(`${c.document}:${c.provision}`)).map((c) => ({ coder: c.coder, unit: `${c.document}:${c.provision}`, element: c.code }));
  // Only elements someone found: one nobody used adds nothing but agreeing zeros, which would
  // inflate the overall figure.
  const used = new Set(rows.map((r) => r.element));
  const elements = book.elements.map((e) => e.code).filter((code) => used.has(code));
  const agreement = coders.length >= 2 && units.length > 0 && elements.length > 0 ? codingAgreement({ coders, units: units.map((u) => u.key), elements, codings: rows }) : null;
  const elementName = new Map(book.elements.map((e) => [e.code, e.name]));
  const unitLabel = new Map(units.map((u) => [u.key, u.label]));

  return (
    <div className="page">
      <Breadcrumb items={[{ label: "Seminars", href: "/seminars" }, { label: seminar.name, href: `/seminars/${id}` }, { label: assignment.title, href: base }, { label: "Agreement" }]} />
      <h1>Agreement between coders: {assignment.title}</h1>
      <CodebookPicker action={`${base}/agreement`} books={listCodebooks(db)} current={book.id} />
      <p className="lede">
        {coders.length} student{coders.length === 1 ? "" : "s"} coded {units.length} provision{units.length === 1 ? "" : "s"} against {book.name}. Each student decides, for every
        provision, whether each element is there; a provision a student did not code counts as “no element found”.
      </p>
      {!agreement ? (
        <p className="callout">Agreement needs at least two students who have coded provisions of this assignment.</p>
      ) : (
        <>
          <section className="agreement-summary" aria-labelledby="overall-title">
            <h2 id="overall-title">Overall</h2>
            <dl className="figures">
              <dt>Krippendorff&apos;s alpha (nominal)</dt>
              <dd>
                <strong>{figure(agreement.overall.alpha)}</strong> — {readAlpha(agreement.overall.alpha)}
              </dd>
              {coders.length === 2 && (
                <>
                  <dt>Cohen&apos;s kappa</dt>
                  <dd>
                    <strong>{figure(agreement.overall.kappa)}</strong> — {readKappa(agreement.overall.kappa)}
                  </dd>
                </>
              )}
              <dt>Units and coders</dt>
              <dd>
                {agreement.overall.units} decisions (provision × element) by {agreement.overall.coders} coders
              </dd>
            </dl>
          </section>
          <h2 id="per-element-title">Per element</h2>
          <TableScroll label="Agreement per element">
            <table className="data-table" aria-labelledby="per-element-title">
              <thead>
                <tr>
                  <th scope="col">Element</th>
                  <th scope="col">Alpha</th>
                  {coders.length === 2 && <th scope="col">Kappa</th>}
                  <th scope="col">Reading</th>
                </tr>
              </thead>
              <tbody>
                {agreement.perElement
                  .filter((e) => used.has(e.element))
                  .map((e) => (
                    <tr key={e.element}>
                      <th scope="row">{elementName.get(e.element) ?? e.element}</th>
                      <td>{figure(e.alpha)}</td>
                      {coders.length === 2 && <td>{figure(e.kappa)}</td>}
                      <td>{readAlpha(e.alpha)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="muted">Elements nobody found are left out, here and in the overall figure: with no variation there is nothing to measure, and counting them would only add agreeing zeros.</p>
          <h2 id="disagree-title">Where coders disagree most</h2>
          {agreement.disagreements.length === 0 ? (
            <p className="muted">Nowhere: every decision was unanimous.</p>
          ) : (
            <ol className="disagreements" aria-labelledby="disagree-title">
              {agreement.disagreements.slice(0, 15).map((d) => {
                const [document, provision] = d.unit.split(":");
                return (
                  <li key={`${d.unit}-${d.element}`}>
                    <Link href={`/documents/${document}#${provision}`}>{unitLabel.get(d.unit) ?? d.unit}</Link>, <strong>{elementName.get(d.element) ?? d.element}</strong>: found by{" "}
                    {d.applied.map((c) => students.get(c) ?? c).join(", ") || "nobody"}; not by {d.notApplied.map((c) => students.get(c) ?? c).join(", ") || "nobody"}
                  </li>
                );
              })}
            </ol>
          )}
        </>
      )}
    </div>
  );
}
