import { createElement, Fragment, type ReactNode } from "react";
import type { DOMOutputSpec, Mark, Node as PMNode } from "prosemirror-model";

/**
 * Render a ProseMirror document to React elements on the server, through the schema's own
 * `toDOM` specs, so that the HTML a reader gets without JavaScript is the HTML the EditorView
 * draws later. Text is passed as React text (escaped), never as raw HTML.
 */
export function renderProseMirror(doc: PMNode): ReactNode {
  return createElement(Fragment, null, ...childrenOf(doc));
}

function childrenOf(node: PMNode): ReactNode[] {
  const out: ReactNode[] = [];
  node.forEach((child, _offset, index) => out.push(renderNode(child, index)));
  return out;
}

function renderNode(node: PMNode, key: number): ReactNode {
  if (node.isText) return renderMarks(node.text ?? "", node.marks, key);
  const toDOM = node.type.spec.toDOM;
  if (!toDOM) throw new RangeError(`node type ${node.type.name} has no toDOM`);
  return renderSpec(toDOM(node), () => childrenOf(node), key);
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
