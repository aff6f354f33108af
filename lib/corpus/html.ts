import { parse, type DefaultTreeAdapterTypes } from "parse5";
import { normaliseMarks } from "./inline";
import type { InlineMark, MarkType, RichText, SourceBlock } from "./types";

/**
 * HTML front-end: cuts an HTML document into the blocks the structure parser reads. Headings
 * become heading blocks; paragraphs, list items, definition terms and descriptions, and text
 * that stands directly in a container (`div`, `blockquote`, `td`, ...) become text blocks.
 */

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

const SKIPPED = new Set(["script", "style", "nav", "header", "footer", "head", "template", "noscript"]);
const INLINE = new Set([
  "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img",
  "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u",
  "var", "wbr",
]);
const MARK_OF: Readonly<Record<string, MarkType>> = { em: "em", i: "em", strong: "strong", b: "strong" };
const BIT: Readonly<Record<MarkType, number>> = { em: 1, strong: 2 };
const HEADING = /^h([1-6])$/;
/** HTML's ASCII whitespace (parse5 has already turned CR LF into LF). */
const WHITESPACE = /[ \t\n\f\r]/;

/** Where inline content is being gathered: the block it will become and its pieces so far. */
interface Run {
  type: SourceBlock["type"];
  level: number;
  /** Line of the block start; null until the first non-blank content sets it. */
  line: number | null;
  pieces: { text: string; flags: number }[];
}

/** What the walk knows about the ancestors of the current node. */
interface Context {
  /** Bit set of marks (BIT) open around the node. */
  flags: number;
  /** Number of `ul`/`ol` ancestors. */
  lists: number;
  /** Nesting depth of the nearest `li` ancestor, 0 outside lists: the level of its text blocks. */
  item: number;
}

/**
 * Read an HTML document into source blocks in document order: `h1`-`h6` give headings (level
 * 1-6), `p`, `li`, `dt`, `dd` and direct text of other containers give text blocks (level = list
 * nesting depth inside lists, else 0). `em`/`i` and `strong`/`b` become marks, `br` a space,
 * whitespace is collapsed as HTML renders it; `script`, `style`, `nav`, `header`, `footer` are
 * skipped. `line` is the 1-based source line where the block's element starts.
 */
export function htmlToBlocks(html: string): SourceBlock[] {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const body = findBody(document);
  const blocks: SourceBlock[] = [];
  if (!body) return blocks;
  const run: Run = { type: "text", level: 0, line: null, pieces: [] };
  walk(body, { flags: 0, lists: 0, item: 0 }, run, blocks);
  flush(run, blocks);
  return blocks;
}

function isElement(node: Node): node is Element {
  return "tagName" in node;
}

function findBody(node: ParentNode): Element | null {
  for (const child of node.childNodes) {
    if (!isElement(child)) continue;
    if (child.tagName === "body") return child;
    const found = findBody(child);
    if (found) return found;
  }
  return null;
}

/** Visit the children of `parent`, adding inline content to `run` and emitting nested blocks. */
function walk(parent: ParentNode, context: Context, run: Run, blocks: SourceBlock[]): void {
  for (const child of parent.childNodes) {
    if (child.nodeName === "#text" && "value" in child) {
      append(run, child.value, context.flags, child.sourceCodeLocation?.startLine);
      continue;
    }
    if (!isElement(child) || SKIPPED.has(child.tagName)) continue;
    const tag = child.tagName;
    if (tag === "br") {
      append(run, " ", context.flags);
      continue;
    }
    const mark = MARK_OF[tag];
    if (INLINE.has(tag)) {
      walk(child, mark ? { ...context, flags: context.flags | BIT[mark] } : context, run, blocks);
      continue;
    }

    // A block element: it ends the run around it, and any text after it starts a new block.
    flush(run, blocks);
    const line = child.sourceCodeLocation?.startLine ?? null;
    const heading = HEADING.exec(tag);
    let inner: Run;
    let innerContext = context;
    if (heading) inner = { type: "heading", level: Number(heading[1]), line, pieces: [] };
    else if (tag === "li") {
      innerContext = { ...context, item: context.lists };
      inner = { type: "text", level: context.lists, line, pieces: [] };
    } else {
      if (tag === "ul" || tag === "ol") innerContext = { ...context, lists: context.lists + 1 };
      inner = { type: "text", level: context.item, line, pieces: [] };
    }
    walk(child, innerContext, inner, blocks);
    flush(inner, blocks);
  }
}

/** Add raw text to a run; the first non-blank text fixes the line of a run that has none. */
function append(run: Run, text: string, flags: number, startLine?: number): void {
  if (text === "") return;
  if (run.line === null && startLine !== undefined) {
    const first = text.search(/[^ \t\n\f\r]/);
    if (first >= 0) run.line = startLine + (text.slice(0, first).match(/\n/g)?.length ?? 0);
  }
  run.pieces.push({ text, flags });
}

/**
 * Emit the run as a block if it has any non-blank text, collapsing whitespace, then empty it.
 * A collapsed space carries a mark only when the whitespace and the characters on both sides
 * all do, so marks never start or end with a space.
 */
function flush(run: Run, blocks: SourceBlock[]): void {
  let text = "";
  const flags: number[] = [];
  let pending = false;
  let spaceFlags = 0;
  for (const piece of run.pieces) {
    for (let i = 0; i < piece.text.length; i++) {
      const ch = piece.text[i]!;
      if (WHITESPACE.test(ch)) {
        if (text === "") continue;
        spaceFlags = pending ? spaceFlags & piece.flags : piece.flags;
        pending = true;
        continue;
      }
      if (pending) {
        text += " ";
        flags.push(spaceFlags & flags[flags.length - 1]! & piece.flags);
        pending = false;
      }
      text += ch;
      flags.push(piece.flags);
    }
  }
  if (text !== "") {
    const rich: RichText = { text, marks: marksFrom(flags) };
    blocks.push({ type: run.type, level: run.level, rich, line: run.line ?? 1 });
  }
  run.pieces = [];
  run.line = null;
}

/** Turn per-character mark bits into mark ranges. */
function marksFrom(flags: readonly number[]): InlineMark[] {
  const marks: InlineMark[] = [];
  for (const type of ["em", "strong"] as const) {
    let from = -1;
    for (let i = 0; i <= flags.length; i++) {
      const on = i < flags.length && (flags[i]! & BIT[type]) !== 0;
      if (on && from < 0) from = i;
      else if (!on && from >= 0) {
        marks.push({ type, from, to: i });
        from = -1;
      }
    }
  }
  return normaliseMarks(marks);
}
