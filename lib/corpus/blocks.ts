import { parseMarkdownInline } from "./inline";
import { readMarker } from "./treaty-parser";
import type { RichText, SourceBlock } from "./types";

/**
 * Front-ends that cut a Markdown or plain-text body into blocks for the structure parser. Both
 * are line-based: a blank line ends a block, a heading or a line that starts with numbering
 * starts one, any other line continues the block before it (joined with one space).
 */

const ATTRIBUTES = /\s*\{#([A-Za-z0-9_]+)(?:\s+label="([^"]*)")?\s*\}\s*$/;
const HEADING = /^(#{1,6})\s+(.*)$/;
const BULLET = /^(\s*)[-*+]\s+(.*)$/;
const ARTICLE_LINE = /^(Article\s+(?:\d+|[IVXLC]+)\b.*|Preamble)$/i;

interface Pending {
  type: SourceBlock["type"];
  level: number;
  line: number;
  parts: string[];
  id?: string;
  label?: string;
}

/**
 * Cut a Markdown edition body into blocks. Supports `#` headings, `-` list items (nesting by
 * indentation, two spaces a level), `<!-- comments -->`, `*em*`/`**strong**`, and a Pandoc-style
 * attribute `{#id label="..."}` at the end of a heading or on its own line before a block, which
 * gives the next provision an explicit id (for excerpts that skip paragraphs).
 * `firstLine` is the file line of the body's first line (after the front matter).
 */
export function markdownToBlocks(body: string, firstLine = 1): SourceBlock[] {
  return cut(body, firstLine, parseMarkdownInline, true);
}

/** Cut a plain-text body into blocks: "Article N" lines are headings, numbering starts a block. */
export function plainTextToBlocks(body: string, firstLine = 1): SourceBlock[] {
  return cut(body, firstLine, (text) => ({ text, marks: [] }), false);
}

function cut(body: string, firstLine: number, inline: (text: string) => RichText, markdown: boolean): SourceBlock[] {
  const lines = body.replace(/\r\n?/g, "\n").split("\n");
  const blocks: SourceBlock[] = [];
  let pending: Pending | null = null;
  let attributes: { id: string; label?: string } | null = null;
  let inComment = false;

  const flush = () => {
    if (!pending) return;
    const text = pending.parts.join(" ").trim();
    if (text) {
      const block: SourceBlock = { type: pending.type, level: pending.level, rich: inline(text), line: pending.line };
      if (pending.id) block.id = pending.id;
      if (pending.label !== undefined) block.label = pending.label;
      blocks.push(block);
    }
    pending = null;
  };
  const start = (type: SourceBlock["type"], level: number, line: number, text: string) => {
    flush();
    pending = { type, level, line, parts: [text] };
    if (attributes) {
      pending.id = attributes.id;
      if (attributes.label !== undefined) pending.label = attributes.label;
      attributes = null;
    }
  };

  lines.forEach((raw, index) => {
    const line = firstLine + index;
    let text = raw;
    if (markdown) {
      if (inComment || text.trimStart().startsWith("<!--")) {
        inComment = !text.includes("-->");
        return;
      }
      const attr = ATTRIBUTES.exec(text);
      if (attr && attr.index === 0) {
        flush();
        attributes = { id: attr[1]!, ...(attr[2] !== undefined ? { label: attr[2] } : {}) };
        return;
      }
    }
    if (text.trim() === "") {
      flush();
      return;
    }
    const heading = markdown ? HEADING.exec(text) : null;
    if (heading) {
      let title = heading[2]!;
      const attr = ATTRIBUTES.exec(title);
      if (attr) {
        attributes = { id: attr[1]!, ...(attr[2] !== undefined ? { label: attr[2] } : {}) };
        title = title.slice(0, attr.index);
      }
      start("heading", heading[1]!.length, line, title.trim());
      flush();
      return;
    }
    if (!markdown && ARTICLE_LINE.test(text.trim())) {
      start("heading", 1, line, text.trim());
      flush();
      return;
    }
    const bullet = markdown ? BULLET.exec(text) : null;
    if (bullet) {
      start("text", Math.floor(bullet[1]!.length / 2) + 1, line, bullet[2]!.trim());
      return;
    }
    const trimmed = text.trim();
    if (pending === null || readMarker(trimmed) !== null) start("text", 0, line, trimmed);
    else (pending as Pending).parts.push(trimmed);
  });
  flush();
  return blocks;
}
