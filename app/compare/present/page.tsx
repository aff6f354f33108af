import type { Metadata } from "next";
import Link from "next/link";
import { parsePresentNotes } from "@/app/components/present/address";
import { loadComparison, type PageQuery } from "../load";
import { PresentLayer, PresentView } from "@/app/components/present/PresentView";
import { notesForSlide, notesOnSides } from "@/app/components/present/row-notes";
import { buildSlides, clampRow, comparisonTitle } from "@/app/components/present/slides";
import { currentUser } from "@/app/lib/auth";
import { getDb } from "@/app/lib/db";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<PageQuery> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { comparison } = loadComparison(await searchParams);
  return { title: comparison ? `Present ${comparisonTitle(comparison)}` : "Presentation" };
}

/**
 * /compare/present?{compare query}&row={n}[&notes=hide]: a comparison one aligned row at a time,
 * in large type, for a projector.
 */
export default async function PresentPage({ searchParams }: Props) {
  const query = await searchParams;
  const { comparison, error } = loadComparison(query);
  if (!comparison) {
    return (
      <PresentLayer>
        <div className="present__bar">
          <h1 className="present__title">Presentation</h1>
        </div>
        <div className="present__stage">
          <p className="present__error" role="alert">
            This comparison cannot be presented. {error}
          </p>
          <p>
            <Link href="/compare">Choose texts to compare</Link>
          </p>
        </div>
      </PresentLayer>
    );
  }
  const slides = buildSlides(comparison);
  const row = clampRow(query.row, slides.length);
  const notesMode = parsePresentNotes(query.notes);
  const slide = slides[row - 1];
  let notes = null;
  if (notesMode === "show" && slide) {
    const viewer = await currentUser();
    notes = notesForSlide(notesOnSides(getDb(), comparison.sides, viewer?.id ?? null), slide);
  }
  return <PresentView title={comparisonTitle(comparison)} params={comparison.params} slides={slides} row={row} notesMode={notesMode} notes={notes} />;
}
