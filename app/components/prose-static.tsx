import { createElement, Fragment, type ReactNode } from "react";
import type { DOMOutputSpec, Mark, Node as PMNode } from "prosemirror-model";
import { diffMarkAttrs, type InlineMarkRange } from "@/lib/prosemirror/diff-view";

/**
 * Render a ProseMirror document to React elements on the server, through the schema's own
 * `toDOM` specs, so that the HTML a reader gets without JavaScript is the HTML the EditorView
 * draws later. Text is passed as React text (escaped), never as raw HTML. `marks` are inline
 * ranges (differences, notes) drawn the way the client draws them as decorations.
 */
export function renderProseMirror(doc: PMNode, marks: readonly InlineMarkRange[] = []): ReactNode {
  const sorted = [...marks].sort((a, b) => a.from - b.from);
  return createElement(Fragment, null, ...childrenOf(doc, 0, sorted));
}

function childrenOf(node: PMNode, contentStart: number, marks: readonly InlineMarkRange[]): ReactNode[] {
  const out: ReactNode[] = [];
  node.forEach((child, offset, index) => out.push(renderNode(child, contentStart + offset, index, marks)));
  return out;
}

function renderNode(node: PMNode, pos: number, key: number, marks: readonly InlineMarkRange[]): ReactNode {
  if (node.isText) return renderText(node, pos, key, marks);
  const toDOM = node.type.spec.toDOM;
  if (!toDOM) throw new RangeError(`node type ${node.type.name} has no toDOM`);
  return renderSpec(toDOM(node), () => childrenOf(node, pos + 1, marks), key);
}

/** A text node, cut where inline ranges begin and end, each piece wrapped in the ranges over it. */
function renderText(node: PMNode, pos: number, key: number, marks: readonly InlineMarkRange[]): ReactNode {
  const text = node.text ?? "";
  const end = pos + text.length;
  const over = marks.filter((m) => m.from < end && m.to > pos);
  if (over.length === 0) return renderMarks(text, node.marks, key);
  const cuts = new Set([pos, end]);
  for (const m of over) {
    cuts.add(Math.max(pos, m.from));
    cuts.add(Math.min(end, m.to));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: ReactNode[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    let piece: ReactNode = renderMarks(text.slice(from - pos, to - pos), node.marks, i);
    for (const m of over.filter((m) => m.from <= from && m.to >= to)) {
      const { nodeName, ...attrs } = diffMarkAttrs(m);
      piece = renderSpec([nodeName, attrs, 0], () => [piece], i);
    }
    pieces.push(createElement(Fragment, { key: i }, piece));
  }
  return createElement(Fragment, { key }, ...pieces);
}

function renderMarks(text: string, marks: readonly Mark[], key: number): ReactNode {
  let inner: ReactNode = text;
  for (let i = marks.length - 1; i >= 0; i--) {
    const mark = marks[i]!;
    const toDOM = mark.type.spec.toDOM;
    if (!toDOM) continue;
    const content = inner;
    inner = renderSpec(toDOM(mark, true), () => [content], i);
  }
  return createElement(Fragment, { key }, inner);
}

/** Turn a DOMOutputSpec array into a React element; `hole` renders the content at `0`. */
export function renderSpec(spec: DOMOutputSpec, hole: () => ReactNode[], key: number): ReactNode {
  if (typeof spec === "string") return spec;
  if (!Array.isArray(spec)) throw new RangeError("toDOM must return an array spec to be rendered on the server");
  const [tag, ...rest] = spec as readonly unknown[];
  let attrs: Record<string, unknown> = {};
  let children = rest;
  const first = rest[0];
  if (first && typeof first === "object" && !Array.isArray(first)) {
    attrs = first as Record<string, unknown>;
    children = rest.slice(1);
  }
  const props: Record<string, unknown> = { key };
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    props[reactName(name)] = value;
  }
  const kids: ReactNode[] = [];
  children.forEach((child, index) => {
    if (child === 0) kids.push(...hole());
    else kids.push(renderSpec(child as DOMOutputSpec, hole, index));
  });
  return createElement(String(tag), props, ...kids);
}

const RENAMED: Record<string, string> = { class: "className", tabindex: "tabIndex", contenteditable: "contentEditable", for: "htmlFor" };

function reactName(name: string): string {
  return RENAMED[name] ?? name;
}
