import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadReader } from "@/app/components/reader/load";
import { Reader } from "@/app/components/reader/Reader";
import { getDb } from "@/app/lib/db";
import { getDocument } from "@/db/queries/corpus";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ doc: string; edition: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { doc, edition } = await params;
  const document = getDocument(getDb(), doc);
  const found = document?.editions.find((e) => e.id === edition);
  return { title: document && found ? `${document.shortTitle}, ${found.title}` : "Not found" };
}

/** The reader on one named edition. */
export default async function EditionPage({ params }: Props) {
  const { doc, edition } = await params;
  const props = await loadReader(doc, edition);
  if (!props) notFound();
  return <Reader {...props} />;
}
