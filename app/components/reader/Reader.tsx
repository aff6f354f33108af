import Link from "next/link";
import { renderProseMirror } from "@/app/components/prose-static";
import { CompletenessBadge } from "@/app/components/CompletenessBadge";
import type { DocumentSummary, EditionSummary, ProvisionTree } from "@/db/queries/corpus";
import { documentTypeName, formatIsoDay } from "@/lib/format";
import { provisionsToDoc } from "@/lib/prosemirror/treaty-schema";
import { Contents } from "./Contents";
import { Provenance } from "./Provenance";
import { ReaderText } from "./ReaderText";

/** The reader: table of contents, the text, and where it comes from. */
export function Reader({ document, edition, tree }: { document: DocumentSummary; edition: EditionSummary; tree: ProvisionTree[] }) {
  const doc = provisionsToDoc(tree, { domPrefix: "", href: "", compare: `${document.id}@${edition.id}`, tools: true });
  return (
    <div className="page page--reader">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href="/">Library</Link>
          </li>
          <li>
            <Link href={`/documents/${document.id}`}>{document.shortTitle}</Link>
          </li>
          <li aria-current="page">{edition.title}</li>
        </ol>
      </nav>
      <header className="reader-header">
        <h1>{document.title}</h1>
        <p className="reader-header__meta">
          <span>{documentTypeName(document.type)}</span>
          <span>
            {document.adopted.place ? `${document.adopted.place}, ` : ""}
            {formatIsoDay(document.adopted.date)}
          </span>
          <span>{edition.title}</span>
          <CompletenessBadge edition={edition} />
          <Link href={`/compare?left=${document.id}@${edition.id}`} aria-label={`Compare the ${document.shortTitle} with…`}>
            Compare with…
          </Link>
        </p>
      </header>
      <div className="reader">
        <Contents tree={tree} />
        <div className="reader__main">
          <Provenance document={document} edition={edition} />
          <ReaderText label={`Text of the ${document.shortTitle}, ${edition.title}`}>{renderProseMirror(doc)}</ReaderText>
        </div>
      </div>
    </div>
  );
}
