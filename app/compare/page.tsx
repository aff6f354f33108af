import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CompletenessBadge } from "@/app/components/CompletenessBadge";
import { buildCatalogue } from "@/app/components/compare/catalogue";
import { CompareForm } from "@/app/components/compare/CompareForm";
import { CompareRows, StatsLine } from "@/app/components/compare/CompareRows";
import { CopyLinkButton } from "@/app/components/compare/CopyLinkButton";
import { Counterparts } from "@/app/components/compare/Counterparts";
import { DiffNavigator } from "@/app/components/compare/DiffNavigator";
import { MultiCompare } from "@/app/components/compare/MultiCompare";
import { counterparts, resolveSide, sideTitle, type ResolvedSide } from "@/app/lib/compare";
import { getDb } from "@/app/lib/db";
import { compareQuery, parseSide, type CompareParams } from "@/lib/compare/params";
import { formToAddress } from "./address";
import { loadComparison, type PageQuery } from "./load";
import { HandoutLink } from "@/app/components/handout/HandoutLink";
import { PresentLink } from "@/app/components/present/PresentLink";
import { NotesPanel } from "@/app/components/notes/NotesPanel";
import { NotesProvider } from "@/app/components/notes/NotesProvider";
import { SelectionAnnotator } from "@/app/components/notes/SelectionAnnotator";
import { notesForSides } from "./notes";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<PageQuery> };

const DEFAULTS: Pick<CompareParams, "granularity" | "ignore" | "onlyDifferences" | "view" | "marks"> = { granularity: "word", ignore: [], onlyDifferences: false, view: "columns", marks: "auto" };

/** Starting points a seminar on definitions of terrorism uses most. */
const STARTERS = [
  { href: "/compare?left=shanghai-convention-2001:art_1__para_1__point_1&right=us-nsct-2003:sec_1__para_2", label: "Definitions of terrorism: Shanghai Convention Art. 1(1)(1) and the US strategy" },
  {
    href: "/compare?texts=shanghai-convention-2001:art_1__para_1__point_1,us-nsct-2003:sec_1__para_2,sco-charter-2002:art_10,rats-agreement-2002:art_6",
    label: "All four instruments side by side, against the Convention's definition",
  },
  { href: "/compare?left=us-nsct-2003@en-meher:sec_1__para_2&right=us-nsct-2003@en-gutenberg:sec_1__para_2", label: "Meher's quotation of the US definition against the full text" },
  { href: "/compare?left=sco-charter-2002:art_10&right=rats-agreement-2002:art_6", label: "The Charter's regional structure (Art. 10) and the RATS Agreement's functions (Art. 6)" },
];

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { comparison } = loadComparison(await searchParams);
  return { title: comparison ? `Compare ${comparison.sides.map(sideTitle).join(" / ")}` : "Compare" };
}

export default async function ComparePage({ searchParams }: Props) {
  const query = await searchParams;
  const canonical = formToAddress(query);
  if (canonical) redirect(canonical);
  const db = getDb();
  const catalogue = buildCatalogue(db);

  // Only a left text: the starting page for it, with its counterparts.
  const onlyLeft = typeof query.left === "string" && query.right === undefined && query.texts === undefined;
  if (!query.left && !query.texts) return <StartPage catalogue={catalogue} />;
  if (onlyLeft) {
    let left: ResolvedSide;
    try {
      left = resolveSide(db, parseSide(query.left as string), "left");
    } catch (error) {
      return <ErrorPage catalogue={catalogue} message={`left: ${(error as Error).message}`} />;
    }
    const found = counterparts(db, left);
    return (
      <div className="page page--compare">
        <h1>Compare {sideTitle(left)} with…</h1>
        <CompareForm catalogue={catalogue} left={left.side} right={null} params={DEFAULTS} />
        <Counterparts side={left} curated={found.curated} suggested={found.suggested} />
      </div>
    );
  }

  const { comparison, error } = loadComparison(query);
  if (!comparison) return <ErrorPage catalogue={catalogue} message={error} />;
  const { params, sides, pairs } = comparison;
  const [left, right] = sides as [ResolvedSide, ResolvedSide];
  const pair = pairs[0]!;
  const swapped = compareQuery({ ...params, sides: [...params.sides].reverse() });
  const toggled = compareQuery({ ...params, view: params.view === "redline" ? "columns" : "redline" });
  const found = !params.multi && left.provision ? counterparts(db, left, 4) : null;
  const { viewer, notes, texts, citables, seminars, codebooks } = await notesForSides(db, sides);
  const path = `/compare?${compareQuery(params)}`;

  return (
    <div className="page page--compare">
      <h1 className="compare-title">
        {params.multi ? (
          <>Comparing {sides.length} texts against {sideTitle(left)}</>
        ) : (
          <>
            {sideTitle(left)} <span className="compare-title__and">and</span> {sideTitle(right)}
          </>
        )}
      </h1>
      {!params.multi && (
        <div className="compare-heads" aria-label="The two texts">
          {[left, right].map((side, i) => (
            <p key={i} className="compare-heads__side">
              <span className="compare-heads__which">{i === 0 ? "Left" : "Right"}</span>{" "}
              <Link href={`/documents/${side.document.id}/editions/${side.edition.id}${side.provision ? `#${side.provision.id}` : ""}`}>{side.document.title}</Link>
              <span className="muted"> · {side.edition.title}</span> <CompletenessBadge edition={side.edition} />
            </p>
          ))}
        </div>
      )}
      <details className="compare-controls">
        <summary>
          Change texts and options <span className="muted">(now: by {params.granularity}
          {params.ignore.length > 0 ? `, ignoring ${params.ignore.join(", ")}` : ""}
          {params.onlyDifferences ? ", only rows that differ" : ""}
          {params.view === "redline" ? ", redline" : ""})</span>
        </summary>
        {params.multi ? (
          <p className="muted">
            This view is set by its address (<code>texts=</code>, the first text is the base). Open any column <em>side by side</em> to change options.
          </p>
        ) : (
          <CompareForm catalogue={catalogue} left={left.side} right={right.side} params={params} />
        )}
      </details>
      <div className="compare-toolbar">
        {!params.multi && (
          <>
            <Link className="button" href={`/compare?${swapped}`}>
              ⇄ Swap sides
            </Link>
            <Link className="button" href={`/compare?${toggled}`}>
              {params.view === "redline" ? "Show side by side" : "Show as redline"}
            </Link>
          </>
        )}
        <CopyLinkButton />
        <PresentLink query={compareQuery(params)} />
        <HandoutLink query={compareQuery(params)} />
        {viewer && (
          <Link className="button" href={`/seminars?assign=${encodeURIComponent(compareQuery(params))}`}>
            Set as an assignment…
          </Link>
        )}
        <DiffNavigator />
      </div>
      {!params.multi && (
        <div className="compare-summary">
          <StatsLine stats={pair.stats} />
          <p className="muted">
            {pair.rows.length} aligned row{pair.rows.length === 1 ? "" : "s"}, compared by {params.granularity}
            {params.ignore.length > 0 ? `, ignoring ${params.ignore.join(", ")}` : ""}. <del className="diff diff--delete legend">Struck through</del>: only on the
            left. <ins className="diff diff--insert legend">Underlined</ins>: only on the right. <span className="diff diff--move legend">Boxed</span>: moved. Where two provisions share few words, their <mark className="diff diff--shared legend">shared words</mark> are marked instead.
          </p>
          {pair.skipped.length > 0 && (
            <p className="muted">
              {pair.skipped.length} curated pair{pair.skipped.length === 1 ? "" : "s"} inside these texts {pair.skipped.length === 1 ? "is" : "are"} not shown:
              this edition does not hold {pair.skipped.length === 1 ? "its provision" : "their provisions"}.
            </p>
          )}
        </div>
      )}
      <NotesProvider viewer={viewer} texts={texts} initialNotes={notes} seminars={seminars} codebooks={codebooks}>
        <div className="compare-body">
          <div className="compare-body__rows">
            {params.multi ? <MultiCompare comparison={comparison} /> : <CompareRows pair={pair} params={params} />}
          </div>
          <NotesPanel citables={citables} allowMoreTargets exportQuery={`document=${left.document.id}&edition=${left.edition.id}`} signInHref={`/sign-in?next=${encodeURIComponent(path)}`} />
        </div>
        <SelectionAnnotator signInHref={`/sign-in?next=${encodeURIComponent(path)}`} />
      </NotesProvider>
      {found && (found.curated.length > 0 || found.suggested.length > 0) && <Counterparts side={left} curated={found.curated} suggested={found.suggested} compact />}
    </div>
  );
}

function StartPage({ catalogue }: { catalogue: ReturnType<typeof buildCatalogue> }) {
  const first = catalogue.documents[0];
  return (
    <div className="page page--compare">
      <h1>Compare</h1>
      <p className="lede">Set two texts side by side, clause by clause, with their differences word by word: two instruments, two editions of one, or two provisions.</p>
      <h2>Start from</h2>
      <ul className="starters">
        {STARTERS.map((s) => (
          <li key={s.href}>
            <Link href={s.href}>{s.label}</Link>
          </li>
        ))}
      </ul>
      <h2>Or choose</h2>
      {first && <CompareForm catalogue={catalogue} left={{ document: first.id, edition: null, provision: null }} right={null} params={DEFAULTS} />}
    </div>
  );
}

function ErrorPage({ catalogue, message }: { catalogue: ReturnType<typeof buildCatalogue>; message: string }) {
  const first = catalogue.documents[0];
  return (
    <div className="page page--compare">
      <h1>Compare</h1>
      <p className="form-error" role="alert">
        This comparison cannot be shown. {message}
      </p>
      {first && <CompareForm catalogue={catalogue} left={{ document: first.id, edition: null, provision: null }} right={null} params={DEFAULTS} />}
    </div>
  );
}
