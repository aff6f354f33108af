import { DOCUMENT_ID, PROVISION_ID } from "../corpus/types";

/**
 * The shapes the alignment modules share, and the helpers that turn a provision tree into the
 * flat, document-ordered list every aligner works on. Pure: no React, no database, no files.
 */

/** One provision as the aligners see it: where it stands in its edition and what it says. */
export interface AlignProvision {
  id: string;
  label: string;
  kind: string;
  /** 0 for a top-level provision (article, section), 1 for its children, and so on. */
  depth: number;
  /** The provision's own text (for a node with children, its chapeau; often empty). */
  text: string;
  /** Own text and every descendant's text, in document order, joined with "\n" (empty texts left out). */
  fullText: string;
}

/** How closely two aligned provisions correspond. */
export type AlignmentKind = "equivalent" | "partial" | "related";

/** A provision of one document, written `{document}:{provision}` in crosswalk files and addresses. */
export interface ProvisionRef {
  document: string;
  provision: string;
}

/** One curated pair of provisions of two documents, with why it holds and who made it. */
export interface CrosswalkEntry {
  left: ProvisionRef;
  right: ProvisionRef;
  kind: AlignmentKind;
  note: string;
  source: string;
  /** 1-based line of the entry in its crosswalk file, when read from one. */
  line?: number;
}

/** One row of a comparison: a provision on each side (or null where a side has none). */
export interface AlignedRow {
  left: AlignProvision | null;
  right: AlignProvision | null;
  /** same-id: two editions of one document; chosen: the user picked both provisions and no crosswalk entry pairs them. */
  kind: AlignmentKind | "same-id" | "chosen";
  source: "provision-id" | "crosswalk" | "chosen";
  /** The crosswalk entry's note, or null for rows no one annotated. */
  note: string | null;
  /** The crosswalk entry's source (who curated the pair), or null. */
  alignmentSource: string | null;
  /** true when left/right stand for their whole subtree (cross-document rows), false when only their own text (edition rows) */
  subtree: boolean;
}

/** The fields of a provision tree node that flattening reads (ProvisionTree and ProvisionNode both fit). */
export interface TreeLike {
  id: string;
  kind: string;
  label: string;
  text: string;
  children: readonly TreeLike[];
}

/**
 * Flatten a provision tree into document order (pre-order) with each node's depth and full text.
 * Throws a RangeError when an id occurs twice, since every aligner keys provisions by id.
 */
export function flattenTree(tree: readonly TreeLike[]): AlignProvision[] {
  const out: AlignProvision[] = [];
  const seen = new Set<string>();
  const visit = (node: TreeLike, depth: number): string[] => {
    if (typeof node.id !== "string" || node.id === "") throw new RangeError(`a provision at depth ${depth} has no id`);
    if (seen.has(node.id)) throw new RangeError(`provision id "${node.id}" occurs twice in the tree`);
    seen.add(node.id);
    const entry: AlignProvision = { id: node.id, label: node.label, kind: node.kind, depth, text: node.text, fullText: "" };
    out.push(entry);
    const texts = node.text === "" ? [] : [node.text];
    for (const child of node.children) texts.push(...visit(child, depth + 1));
    entry.fullText = texts.join("\n");
    return texts;
  };
  for (const node of tree) visit(node, 0);
  return out;
}

/**
 * Check that a flat list is one a flattened tree (or a run of it, such as a subtree) could be:
 * unique non-empty ids, no depth above the first one's and none more than one below the
 * previous one's. Throws a RangeError naming the problem.
 */
export function assertFlatList(provisions: readonly AlignProvision[], what = "provision list"): void {
  const seen = new Set<string>();
  const base = provisions[0]?.depth ?? 0;
  let previous = base - 1;
  provisions.forEach((p, index) => {
    if (typeof p.id !== "string" || p.id === "") throw new RangeError(`${what}: provision ${index} has no id`);
    if (seen.has(p.id)) throw new RangeError(`${what}: provision id "${p.id}" occurs twice`);
    seen.add(p.id);
    if (!Number.isInteger(p.depth) || p.depth < 0 || p.depth < base || p.depth > previous + 1) {
      throw new RangeError(`${what}: provision "${p.id}" has depth ${p.depth} after depth ${previous}; flatten the tree with flattenTree`);
    }
    previous = p.depth;
  });
}

/**
 * The provision with the given id and all its descendants, in document order (empty when the id
 * is not in the list). Relies on the list being in document order with depths, as flattenTree gives.
 */
export function subtreeOf(provisions: readonly AlignProvision[], id: string): AlignProvision[] {
  const start = provisions.findIndex((p) => p.id === id);
  if (start < 0) return [];
  const root = provisions[start]!;
  let end = start + 1;
  while (end < provisions.length && provisions[end]!.depth > root.depth) end++;
  return provisions.slice(start, end);
}

/**
 * For each provision of a flat list, the index of its parent in the list (or -1 for a top-level
 * provision), read off the depths.
 */
export function parentIndexes(provisions: readonly AlignProvision[]): number[] {
  const stack: number[] = [];
  return provisions.map((p, index) => {
    while (stack.length > 0 && provisions[stack[stack.length - 1]!]!.depth >= p.depth) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1]! : -1;
    stack.push(index);
    return parent;
  });
}

/** Parse `{document}:{provision}` into a ProvisionRef; throws a RangeError naming the malformed part. */
export function parseProvisionRef(text: string): ProvisionRef {
  const colon = text.indexOf(":");
  const document = text.slice(0, colon);
  const provision = text.slice(colon + 1);
  if (colon < 0 || !DOCUMENT_ID.test(document) || !PROVISION_ID.test(provision)) {
    throw new RangeError(`"${text}" is not a provision reference: write {document}:{provisionId}, e.g. shanghai-convention-2001:art_1__para_1`);
  }
  return { document, provision };
}

/** Write a ProvisionRef as `{document}:{provision}`, the form crosswalk files and addresses use. */
export function formatProvisionRef(ref: ProvisionRef): string {
  return `${ref.document}:${ref.provision}`;
}
