import { Schema, type DOMOutputSpec, type Node as PMNode } from "prosemirror-model";
import type { InlineMark, ProvisionKind } from "../corpus/types";

/**
 * The ProseMirror schema of treaty text, shared by the server (which renders it to HTML so that
 * pages read without JavaScript) and the client (which mounts a read-only EditorView over it so
 * that diffs and notes can be drawn as decorations). A document is a list of provisions; each
 * provision has its own text (`provision_text`) and nested provisions.
 */

/** Kinds whose label is a heading of the page outline (article, section, ...). */
export const HEADED_KINDS: ReadonlySet<ProvisionKind> = new Set(["preamble", "article", "section", "subsection"]);

export const treatySchema = new Schema({
  nodes: {
    doc: { content: "provision+" },
    provision: {
      content: "provision_text? provision*",
      defining: true,
      // Defaults only make the node generatable for ProseMirror; real provisions always set them.
      attrs: {
        id: { default: "" },
        kind: { default: "paragraph" },
        num: { default: null },
        label: { default: "" },
        heading: { default: null },
        depth: { default: 0 },
        /** Where it appears: the reader (anchors, copy and compare links) or a comparison cell. */
        context: { default: { domPrefix: "", href: "", compare: null, tools: true } },
      },
      toDOM(node): DOMOutputSpec {
        const { id, kind, num, label, heading, depth, context } = node.attrs as ProvisionAttrs;
        const domId = `${context.domPrefix}${id}`;
        const headed = HEADED_KINDS.has(kind);
        const level = Math.min(2 + depth, 6);
        const link: DOMOutputSpec = ["a", { class: "provision__label", href: `${context.href}#${id}` }, label];
        const title: DOMOutputSpec = headed
          ? [`h${level}`, { class: "provision__title", id: `${domId}--title` }, link, ...(extraHeading(label, heading) ? [["span", { class: "provision__heading" }, heading] as DOMOutputSpec] : [])]
          : ["span", { class: "provision__cite", id: `${domId}--title` }, link];
        const tools: DOMOutputSpec[] = context.tools
          ? [
              ["button", { type: "button", class: "provision__copy", "data-copy-link": `${context.href}#${id}`, "aria-label": `Copy link to ${label}` }, "Copy link"],
              ...(context.compare ? [["a", { class: "provision__compare", href: `/compare?left=${context.compare}:${id}`, "aria-label": `Compare ${label} with…` }, "Compare"] as DOMOutputSpec] : []),
            ]
          : [];
        return [
          "section",
          {
            id: domId,
            class: `provision provision--${kind}`,
            "data-id": id,
            "data-kind": kind,
            "data-label": label,
            "data-depth": String(depth),
            "data-context": JSON.stringify(context),
            ...(num ? { "data-num": num } : {}),
            ...(num && !headed ? { "data-hanging": "" } : {}),
            ...(heading ? { "data-heading": heading } : {}),
            "aria-labelledby": `${domId}--title`,
            tabindex: "-1",
          },
          ["div", { class: "provision__meta" }, title, ...tools],
          // The number as printed hangs before the text; an article's number is already its heading.
          ...(num && !headed ? [["span", { class: "provision__num", "aria-hidden": "true" }, num] as DOMOutputSpec] : []),
          ["div", { class: "provision__body" }, 0],
        ];
      },
      parseDOM: [
        {
          tag: "section.provision",
          contentElement: ".provision__body",
          getAttrs(dom) {
            const el = dom as HTMLElement;
            return {
              id: el.dataset.id,
              kind: el.dataset.kind,
              num: el.dataset.num ?? null,
              label: el.dataset.label,
              heading: el.dataset.heading ?? null,
              depth: Number(el.dataset.depth ?? 0),
              context: JSON.parse(el.dataset.context ?? "{}") as ProvisionContext,
            };
          },
        },
      ],
    },
    provision_text: {
      content: "text*",
      marks: "em strong",
      toDOM: () => ["p", { class: "provision__text" }, 0],
      parseDOM: [{ tag: "p.provision__text", preserveWhitespace: "full" }],
    },
    text: {},
  },
  marks: {
    em: { toDOM: () => ["em", 0], parseDOM: [{ tag: "em" }, { tag: "i" }] },
    strong: { toDOM: () => ["strong", 0], parseDOM: [{ tag: "strong" }, { tag: "b" }] },
  },
});

/** A heading worth showing beside the label: not when it only repeats the label (in other case). */
export function extraHeading(label: string, heading: string | null): string | null {
  return heading && heading.toLowerCase() !== label.toLowerCase() ? heading : null;
}

/**
 * Where a provision is drawn. In the reader: anchors are the provision ids, labels link to them,
 * and each provision has "copy link" and "compare" controls. In a comparison cell: anchors get a
 * prefix (two cells may show the same provision), labels link back to the reader, no controls.
 */
export interface ProvisionContext {
  /** Prefix of the element id ("" in the reader). */
  domPrefix: string;
  /** The reader page the label links to ("" for this page). */
  href: string;
  /** `doc@edition` for "compare" links, or null for none. */
  compare: string | null;
  /** Whether to draw the copy / compare controls. */
  tools: boolean;
}

/** The attributes of a provision node. */
export interface ProvisionAttrs {
  id: string;
  kind: ProvisionKind;
  num: string | null;
  label: string;
  heading: string | null;
  depth: number;
  context: ProvisionContext;
}

/** The part of a provision that the text document needs. */
export interface TextProvision {
  id: string;
  kind: ProvisionKind;
  num: string | null;
  label: string;
  heading: string | null;
  text: string;
  marks: InlineMark[];
  children: TextProvision[];
}

const READER_CONTEXT: ProvisionContext = { domPrefix: "", href: "", compare: null, tools: true };

/** Build the ProseMirror document of a provision tree, drawn in the given context. */
export function provisionsToDoc(tree: readonly TextProvision[], context: ProvisionContext = READER_CONTEXT): PMNode {
  const build = (node: TextProvision, depth: number): PMNode => {
    const content: PMNode[] = [];
    if (node.text) content.push(treatySchema.node("provision_text", null, richToInline(node.text, node.marks)));
    for (const child of node.children) content.push(build(child, depth + 1));
    const attrs: ProvisionAttrs = { id: node.id, kind: node.kind, num: node.num, label: node.label, heading: node.heading, depth, context };
    return treatySchema.node("provision", attrs, content);
  };
  return treatySchema.node("doc", null, tree.map((node) => build(node, 0)));
}

/** Cut a text with marks into ProseMirror text nodes. */
function richToInline(text: string, marks: readonly InlineMark[]): PMNode[] {
  const cuts = new Set<number>([0, text.length]);
  for (const mark of marks) {
    cuts.add(Math.max(0, Math.min(text.length, mark.from)));
    cuts.add(Math.max(0, Math.min(text.length, mark.to)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes: PMNode[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (to <= from) continue;
    const active = marks.filter((m) => m.from <= from && m.to >= to).map((m) => treatySchema.marks[m.type]!.create());
    nodes.push(treatySchema.text(text.slice(from, to), active));
  }
  return nodes;
}
