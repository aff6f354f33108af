import type { Metadata } from "next";
import Link from "next/link";
import { handoutHref, parseHandoutNotes, parseHandoutTitle, type HandoutNotes } from "@/app/components/handout/address";
import { Handout } from "@/app/components/handout/Handout";
import { PrintButton } from "@/app/components/handout/PrintButton";
import { requestOrigin } from "@/app/components/request-origin";
import { loadComparison, type PageQuery } from "../load";
import { notesOnSides } from "@/app/components/present/row-notes";
import { comparisonTitle } from "@/app/components/present/slides";
import { currentUser } from "@/app/lib/auth";
import { getDb } from "@/app/lib/db";
import { compareQuery } from "@/lib/compare/params";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<PageQuery> };

const NOTE_CHOICES: { value: HandoutNotes; label: string }[] = [
  { value: "none", label: "No notes" },
  { value: "public", label: "Public notes" },
  { value: "mine", label: "Public notes and mine" },
];

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = await searchParams;
  const { comparison } = loadComparison(query);
  return { title: comparison ? `Handout: ${parseHandoutTitle(query.title) ?? comparisonTitle(comparison)}` : "Handout" };
}

/**
 * /compare/handout?{compare query}[&notes=public|mine|none][&title=…]: a comparison laid out to
 * be printed (A4, page numbers) and handed out, with the citation of every edition.
 */
export default async function HandoutPage({ searchParams }: Props) {
  const query = await searchParams;
  const { comparison, error } = loadComparison(query);
  if (!comparison) {
    return (
      <div className="page handout-page">
        <h1>Handout</h1>
        <p className="form-error" role="alert">
          This comparison cannot be printed. {error}
        </p>
        <p>
          <Link href="/compare">Choose texts to compare</Link>
        </p>
      </div>
    );
  }
  const mode = parseHandoutNotes(query.notes);
  const title = parseHandoutTitle(query.title);
  const viewer = mode === "mine" ? await currentUser() : null;
  const notes = mode === "none" ? null : notesOnSides(getDb(), comparison.sides, mode === "mine" ? (viewer?.id ?? null) : null);
  const comparePath = `/compare?${compareQuery(comparison.params)}`;
  const origin = await requestOrigin();

  return (
    <div className="handout-page">
      <div className="handout-toolbar">
        <PrintButton />
        <Link className="button" href={comparePath}>
          Back to the comparison
        </Link>
        <nav className="handout-toolbar__notes" aria-label="Notes in the handout">
          <ul>
            {NOTE_CHOICES.map((choice) => (
              <li key={choice.value}>
                <Link href={handoutHref(comparison.params, choice.value, title)} aria-current={choice.value === mode ? "page" : undefined} prefetch={false}>
                  {choice.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="handout-toolbar__hint">
          Prints on A4 with page numbers (or press <kbd>Ctrl</kbd>+<kbd>P</kbd>).
          {mode === "mine" && !viewer && (
            <>
              {" "}
              <Link href={`/sign-in?next=${encodeURIComponent(handoutHref(comparison.params, mode, title))}`}>Sign in</Link> to include your own notes.
            </>
          )}
        </p>
      </div>
      <div className="handout-sheet">
        <Handout comparison={comparison} notes={notes} heading={title} />
        <p className="handout-sheet__address">
          This comparison online: <Link href={comparePath}>{`${origin}${comparePath}`}</Link>
        </p>
      </div>
    </div>
  );
}
