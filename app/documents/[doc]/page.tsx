import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Reader } from "@/app/components/reader/Reader";
import { getDb } from "@/app/lib/db";
import { getDocument, getProvisionTree } from "@/db/queries/corpus";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ doc: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const document = getDocument(getDb(), (await params).doc);
  return { title: document ? document.shortTitle : "Not found" };
}

/** The reader on the document's preferred edition (a full text over an excerpt). */
export default async function DocumentPage({ params }: Props) {
  const db = getDb();
  const document = getDocument(db, (await params).doc);
  const edition = document?.editions[0];
  if (!document || !edition) notFound();
  return <Reader document={document} edition={edition} tree={getProvisionTree(db, document.id, edition.id)} />;
}
