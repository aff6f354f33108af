import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Reader } from "@/app/components/reader/Reader";
import { getDb } from "@/app/lib/db";
import { getDocument, getProvisionTree } from "@/db/queries/corpus";

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
  const { doc, edition: editionId } = await params;
  const db = getDb();
  const document = getDocument(db, doc);
  const edition = document?.editions.find((e) => e.id === editionId);
  if (!document || !edition) notFound();
  return <Reader document={document} edition={edition} tree={getProvisionTree(db, document.id, edition.id)} />;
}
