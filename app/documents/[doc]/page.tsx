import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadReader } from "@/app/components/reader/load";
import { Reader } from "@/app/components/reader/Reader";
import { getDb } from "@/app/lib/db";
import { getDocument } from "@/db/queries/corpus";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ doc: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const document = getDocument(getDb(), (await params).doc);
  return { title: document ? document.shortTitle : "Not found" };
}

/** The reader on the document's preferred edition (a full text over an excerpt). */
export default async function DocumentPage({ params }: Props) {
  const props = await loadReader((await params).doc, null);
  if (!props) notFound();
  return <Reader {...props} />;
}
