import Link from "next/link";
import { Breadcrumb } from "@/app/components/Breadcrumb";
import { renderProseMirror } from "@/app/components/prose-static";
import { CompletenessBadge } from "@/app/components/CompletenessBadge";
import type { DocumentSummary, EditionSummary, ProvisionTree } from "@/db/queries/corpus";
import { documentTypeName, formatIsoDay } from "@/lib/format";
import { provisionsToDoc } from "@/lib/prosemirror/treaty-schema";
import type { NoteJson } from "@/app/api/annotations/present";
import { NotesPanel } from "@/app/components/notes/NotesPanel";
import { NotesProvider, type CodebookOption, type PageText } from "@/app/components/notes/NotesProvider";
import { SelectionAnnotator } from "@/app/components/notes/SelectionAnnotator";
import { flattenTree } from "@/lib/align/types";
import { Contents } from "./Contents";
import { Provenance } from "./Provenance";
import { ReaderText } from "./ReaderText";

/** Everything the reader shows. */
export interface ReaderProps {
  document: DocumentSummary;
  edition: EditionSummary;
  tree: ProvisionTree[];
  viewer: { id: string; name: string } | null;
  notes: NoteJson[];
  /** The reader's own address, for "sign in and come back". */
  path: string;
  /** The viewer's seminars (notes can be shared with one). */
  seminars: { id: string; name: string }[];
  /** Codebooks to code passages against. */
  codebooks: CodebookOption[];
}

/** The reader: table of contents, the text, where it comes from, and the notes on it. */
export function Reader({ document, edition, tree, viewer, notes, path, seminars, codebooks }: ReaderProps) {
  const doc = provisionsToDoc(tree, { domPrefix: "", href: "", compare: `${document.id}@${edition.id}`, tools: true });
  const flat = flattenTree(tree);
  const text: PageText = { document: document.id, edition: edition.id, title: document.shortTitle, order: flat.map((p) => p.id) };
  const citables = flat.filter((p) => p.text).map((p) => ({ document: document.id, edition: edition.id, provision: p.id, label: `${document.shortTitle} ${p.label}` }));
  return (
    <div className="page page--reader">
      <Breadcrumb items={[{ label: "Library", href: "/" }, { label: document.shortTitle, href: `/documents/${document.id}` }, { label: edition.title }]} />
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
      <NotesProvider viewer={viewer} texts={[text]} initialNotes={notes} seminars={seminars} codebooks={codebooks}>
        <div className="reader">
          <Contents tree={tree} />
          <div className="reader__main">
            <Provenance document={document} edition={edition} />
            <ReaderText label={`Text of the ${document.shortTitle}, ${edition.title}`} text={text}>
              {renderProseMirror(doc)}
            </ReaderText>
          </div>
          <NotesPanel citables={citables} exportQuery={`document=${document.id}&edition=${edition.id}`} signInHref={`/sign-in?next=${encodeURIComponent(path)}`} />
        </div>
        <SelectionAnnotator signInHref={`/sign-in?next=${encodeURIComponent(path)}`} />
      </NotesProvider>
    </div>
  );
}
