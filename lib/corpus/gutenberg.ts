import { joinRich, parseDelimited } from "./inline";
import { CorpusError, type ParseIssue, type ParseResult, type ProvisionNode, type RichText } from "./types";

/**
 * Parser for Project Gutenberg plain-text editions of a strategy paper (written for EBook #29185,
 * the US National Strategy for Combating Terrorism, 2003). It keeps the text between the START
 * and END markers, drops the Gutenberg front matter (producer line, transcriber's note, title
 * page, table of contents), and reads ALL-CAPS section headings, bold sub-section headings,
 * indented epigraphs, `[Illustration: ...]` figures and paragraphs, with `_em_` and `+bold+`.
 */

const START = /^\*\*\*\s*START OF (?:THIS|THE) PROJECT GUTENBERG EBOOK/i;
const END = /^\*\*\*\s*END OF (?:THIS|THE) PROJECT GUTENBERG EBOOK/i;
const PRODUCED_BY = /^Produced by\b/;
const TRANSCRIBER = /^\[Transcriber'?s note/i;
const ILLUSTRATION = /^\[Illustration\b:?\s*/;
const END_OF_EBOOK = /^End of (?:the )?Project Gutenberg/i;
/** An ALL-CAPS heading: capital letters, spaces and punctuation, starting with a letter. */
const CAPS = /^[A-Z][A-Z .,;:!?'"&()/\-\u2013\u2014\u2019]*$/;
const INDENTED = /^\s/;
const RUN_IN_PUNCTUATION = /[.:]/;
const SMALL_WORDS = new Set([
  "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "or", "per", "the", "to", "via", "vs", "with",
]);
const DELIMITERS = { _: "em", "+": "strong" } as const;

/** A run of non-blank lines; `line` is the 1-based file line of the first. */
interface Block {
  lines: string[];
  line: number;
}

/** The node being filled and its per-kind child counters. */
interface Parent {
  node: ProvisionNode;
  count: Record<"para" | "fig" | "subsec" | "epigraph", number>;
}

/** True when the text carries the `*** START OF THIS PROJECT GUTENBERG EBOOK` marker. */
export function isGutenberg(source: string): boolean {
  return source.split(/\r\n?|\n/).some((line) => START.test(line));
}

/**
 * Parse a Project Gutenberg plain-text strategy into sections, sub-sections, paragraphs,
 * epigraphs and figures. Every node's `line` is its line in the original file. Throws a
 * CorpusError when the START or END marker is missing or no section heading is found.
 */
export function parseGutenberg(source: string): ParseResult {
  const lines = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  const start = lines.findIndex((line) => START.test(line));
  if (start < 0) throw new CorpusError("no '*** START OF THIS PROJECT GUTENBERG EBOOK' marker", 1);
  let end = -1;
  for (let i = start + 1; i < lines.length; i++) {
    if (END.test(lines[i]!)) {
      end = i;
      break;
    }
  }
  if (end < 0) {
    throw new CorpusError(`no '*** END OF THIS PROJECT GUTENBERG EBOOK' marker after the START marker on line ${start + 1}`, lines.length);
  }

  const warnings: ParseIssue[] = [];
  const blocks = mergeBrackets(cutBlocks(lines, start + 1, end), warnings);
  const bodyStart = findBodyStart(blocks);
  if (bodyStart < 0) throw new CorpusError("no ALL-CAPS section heading found after the START marker", start + 2);
  checkFrontMatter(blocks.slice(0, bodyStart), warnings);
  return { provisions: parseBody(blocks.slice(bodyStart), warnings), warnings };
}

/** Cut lines[from, to) into blocks separated by blank lines. */
function cutBlocks(lines: readonly string[], from: number, to: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (let i = from; i < to; i++) {
    const line = lines[i]!.replace(/\s+$/, "");
    if (line === "") {
      current = null;
      continue;
    }
    if (!current) {
      current = { lines: [], line: i + 1 };
      blocks.push(current);
    }
    current.lines.push(line);
  }
  return blocks;
}

/** Join a bracketed note or illustration that spans blank lines back into one block. */
function mergeBrackets(blocks: Block[], warnings: ParseIssue[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const text = block.lines.join("\n");
    if (!text.startsWith("[") || text.includes("]")) {
      out.push(block);
      continue;
    }
    let j = i + 1;
    while (j < blocks.length && !blocks[j]!.lines.join("\n").includes("]")) j++;
    if (j >= blocks.length) {
      warnings.push({ line: block.line, message: "bracket '[' is never closed; block kept as it stands" });
      out.push(block);
      continue;
    }
    out.push({ line: block.line, lines: blocks.slice(i, j + 1).flatMap((b) => b.lines) });
    i = j;
  }
  return out;
}

function isCapsHeading(block: Block): boolean {
  if (block.lines.length !== 1) return false;
  const line = block.lines[0]!;
  return !INDENTED.test(line) && CAPS.test(line) && (line.match(/[A-Z]/g)?.length ?? 0) >= 2;
}

/** A table-of-contents block: ALL-CAPS headings and indented sub-headings only. */
function isTocBlock(block: Block): boolean {
  return block.lines.every((line) => INDENTED.test(line) || CAPS.test(line));
}

/**
 * Index of the first body block: the second occurrence of the first heading that is repeated
 * after a run of table-of-contents blocks, else the first ALL-CAPS heading; -1 if none.
 */
function findBodyStart(blocks: readonly Block[]): number {
  const seen = new Set<string>();
  let first = -1;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (isCapsHeading(block)) {
      const text = block.lines[0]!;
      if (seen.has(text)) return i; // every block since the first heading looked like contents
      seen.add(text);
      if (first < 0) first = i;
    } else if (first >= 0 && !isTocBlock(block)) {
      return first; // prose after the first heading: there is no table of contents
    }
  }
  return first;
}

/** Warn about front matter (before the body) that is neither the usual Gutenberg furniture nor short. */
function checkFrontMatter(blocks: readonly Block[], warnings: ParseIssue[]): void {
  let inToc = false;
  for (const block of blocks) {
    const first = block.lines[0]!.trim();
    if (PRODUCED_BY.test(first) || TRANSCRIBER.test(first)) continue;
    if (isCapsHeading(block)) inToc = true;
    if (inToc ? isTocBlock(block) : block.lines.length <= 3) continue;
    warnings.push({ line: block.line, message: `dropped ${block.lines.length} lines of front matter that do not look like a title page or contents` });
  }
}

/** Read the body (from the first real section heading) into a provision tree. */
function parseBody(blocks: readonly Block[], warnings: ParseIssue[]): ProvisionNode[] {
  const sections: ProvisionNode[] = [];
  let section: Parent | null = null;
  let subsection: Parent | null = null;
  let afterHeading = false;

  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const first = block.lines[0]!;
    const joined = joinLines(block.lines);

    if (isCapsHeading(block)) {
      const heading = first.trim();
      const node = makeNode(`sec_${sections.length + 1}`, "section", titleCase(heading), heading, emptyRich(), block.line);
      sections.push(node);
      section = parent(node);
      subsection = null;
      afterHeading = true;
      continue;
    }
    if (!section) throw new Error("unreachable: the body starts at a heading");
    if (END_OF_EBOOK.test(first)) continue; // "End of the Project Gutenberg EBook of ..."
    if (TRANSCRIBER.test(first.trim())) {
      warnings.push({ line: block.line, message: "transcriber's note inside the body dropped" });
      continue;
    }

    if (INDENTED.test(first)) {
      if (afterHeading && first.trim().startsWith('"') && section.count.epigraph === 0) {
        let j = i;
        while (j + 1 < blocks.length && INDENTED.test(blocks[j + 1]!.lines[0]!)) j++;
        section.node.children.push(epigraph(section, blocks.slice(i, j + 1), warnings));
        i = j;
        continue;
      }
      warnings.push({ line: block.line, message: "indented block outside an epigraph read as a paragraph" });
    }
    afterHeading = false;
    const host = subsection ?? section;

    if (ILLUSTRATION.test(joined)) {
      host.node.children.push(figure(host, joined, block.line, warnings));
      continue;
    }

    const rich = inline(joined, block.line, warnings);
    if (!INDENTED.test(first) && /^\+.*\+$/.test(joined) && rich.marks.some((m) => m.type === "strong" && m.from === 0 && m.to === rich.text.length)) {
      const n = ++section.count.subsec;
      const node = makeNode(`${section.node.id}__subsec_${n}`, "subsection", rich.text, rich.text, emptyRich(), block.line);
      section.node.children.push(node);
      subsection = parent(node);
      continue;
    }

    const n = ++host.count.para;
    const node = makeNode(`${host.node.id}__para_${n}`, "paragraph", `${host.node.label} ¶${n}`, runInHeading(rich), rich, block.line);
    host.node.children.push(node);
  }
  return sections;
}

/** The epigraph after a section heading: a quotation, then attribution blocks. */
function epigraph(section: Parent, blocks: readonly Block[], warnings: ParseIssue[]): ProvisionNode {
  // The quotation runs to the first block whose last line closes the quote.
  let close = blocks.findIndex((b) => /["\u201d]$/.test(b.lines[b.lines.length - 1]!.replace(/[_+]+$/, "")));
  if (close < 0) {
    warnings.push({ line: blocks[0]!.line, message: "epigraph quotation never closes; all indented lines read as the quotation" });
    close = blocks.length - 1;
  }
  const quote = blocks.slice(0, close + 1).flatMap((b) => b.lines);
  const attribution: string[] = [];
  for (const block of blocks.slice(close + 1)) {
    const indent = leadingSpaces(block.lines[0]!);
    for (const line of block.lines) {
      // A line indented deeper than its block's first line continues the line before it.
      if (leadingSpaces(line) > indent && attribution.length > 0) attribution[attribution.length - 1] += ` ${line.trim()}`;
      else attribution.push(line.trim());
    }
  }
  const n = ++section.count.epigraph;
  const rich = inline(joinLines(quote), blocks[0]!.line, warnings);
  return makeNode(`${section.node.id}__epigraph_${n}`, "epigraph", `${section.node.label}, epigraph`, attribution.length ? attribution.join(", ") : null, rich, blocks[0]!.line);
}

/** A `[Illustration: _Figure 1_: Caption]` block. */
function figure(host: Parent, joined: string, line: number, warnings: ParseIssue[]): ProvisionNode {
  const prefix = ILLUSTRATION.exec(joined)![0];
  const close = joined.lastIndexOf("]");
  const after = joined.slice(close + 1).trim();
  if (after) warnings.push({ line, message: `text after an illustration kept in its caption: "${after}"` });
  const caption = after ? `${joined.slice(prefix.length, close)} ${after}` : joined.slice(prefix.length, close);
  const rich = inline(caption.trim(), line, warnings);
  const n = ++host.count.fig;
  const number = /\bFigure\s+[0-9]+[A-Za-z]?\b/i.exec(rich.text)?.[0];
  const label = `${host.node.label}, ${number ?? `illustration ${n}`}`;
  return makeNode(`${host.node.id}__fig_${n}`, "figure", label, null, rich, line);
}

/**
 * A run-in heading: an em or strong span at the very start of the paragraph, followed (or
 * ended) by "." or ":" and then more text. Returns its plain text without the punctuation.
 */
function runInHeading(rich: RichText): string | null {
  for (const mark of rich.marks) {
    if (mark.from !== 0) break;
    const inside = rich.text.slice(0, mark.to);
    const next = rich.text[mark.to];
    const rest = rich.text.slice(mark.to + 1);
    if (next !== undefined && RUN_IN_PUNCTUATION.test(next) && /^\s+\S/.test(rest)) return inside.trim();
    if (RUN_IN_PUNCTUATION.test(inside.slice(-1)) && next !== undefined && /^\s+\S/.test(rich.text.slice(mark.to))) {
      return inside.slice(0, -1).trim();
    }
  }
  return null;
}

/** Parse `_em_` and `+strong+`, warning when a delimiter is left unpaired. */
function inline(text: string, line: number, warnings: ParseIssue[]): RichText {
  const rich = parseDelimited(text, DELIMITERS);
  for (const delimiter of Object.keys(DELIMITERS)) {
    if (rich.text.includes(delimiter)) warnings.push({ line, message: `unpaired '${delimiter}' kept as text` });
  }
  return rich;
}

/** Join a block's lines with single spaces, trimming each line. */
function joinLines(lines: readonly string[]): string {
  return lines.map((line) => line.trim()).join(" ");
}

function leadingSpaces(line: string): number {
  return line.length - line.trimStart().length;
}

function emptyRich(): RichText {
  return joinRich([]);
}

function parent(node: ProvisionNode): Parent {
  return { node, count: { para: 0, fig: 0, subsec: 0, epigraph: 0 } };
}

function makeNode(id: string, kind: ProvisionNode["kind"], label: string, heading: string | null, rich: RichText, line: number): ProvisionNode {
  return { id, kind, num: null, label, heading, text: rich.text, marks: rich.marks, line, children: [] };
}

/**
 * "THE NATURE OF THE TERRORIST THREAT TODAY" -> "The Nature of the Terrorist Threat Today":
 * words capitalised, small words lower-case except the first, initialisms ("U.S.") kept.
 */
export function titleCase(heading: string): string {
  return heading
    .trim()
    .split(/\s+/)
    .map((word, index) => {
      if (/^(?:[A-Z]\.)+$/.test(word)) return word;
      const lower = word.toLowerCase();
      if (index > 0 && SMALL_WORDS.has(lower)) return lower;
      return lower.replace(/(^|[-/("\u201c])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
    })
    .join(" ");
}
