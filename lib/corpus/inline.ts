import MarkdownIt from "markdown-it";
import type { InlineMark, MarkType, RichText } from "./types";

/**
 * Parse text whose inline formatting is marked by single delimiter characters, as in Project
 * Gutenberg plain text (`_italics_`, `+bold+`). A delimiter opens a mark when a non-space
 * character follows it and closes the open mark of its kind when a non-space character precedes
 * it; a delimiter that never pairs stays as text, so no character of the source is lost.
 */
export function parseDelimited(source: string, delimiters: Readonly<Record<string, MarkType>>): RichText {
  // Pass 1: pair openers with closers.
  const pairs = new Map<number, number>(); // opener index -> closer index
  const pending = new Map<string, number>(); // delimiter -> index of its unmatched opener
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (delimiters[ch] === undefined) continue;
    const opener = pending.get(ch);
    const before = source[i - 1];
    const after = source[i + 1];
    if (opener !== undefined && before !== undefined && !/\s/.test(before)) {
      pairs.set(opener, i);
      pending.delete(ch);
    } else if (after !== undefined && !/\s/.test(after)) {
      pending.set(ch, i);
    }
  }
  // Pass 2: emit the text without the paired delimiters, and a mark for every pair.
  const closers = new Set(pairs.values());
  const starts = new Map<number, number>(); // opener index -> output offset
  const marks: InlineMark[] = [];
  let text = "";
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (pairs.has(i)) starts.set(i, text.length);
    else if (closers.has(i)) {
      for (const [opener, closer] of pairs) {
        if (closer !== i) continue;
        const from = starts.get(opener)!;
        if (text.length > from) marks.push({ type: delimiters[ch]!, from, to: text.length });
      }
    } else text += ch;
  }
  return { text, marks: normaliseMarks(marks) };
}

const markdown = new MarkdownIt("zero").enable(["emphasis", "escape", "backticks"]);

/**
 * Parse one Markdown paragraph's inline content (`*em*`, `_em_`, `**strong**`) into text and
 * marks. Everything else, quotes and dashes included, is kept exactly as written.
 */
export function parseMarkdownInline(source: string): RichText {
  const tokens = markdown.parseInline(source, {})[0]?.children ?? [];
  const marks: InlineMark[] = [];
  const open: { type: MarkType; from: number }[] = [];
  let text = "";
  for (const token of tokens) {
    switch (token.type) {
      case "em_open":
      case "strong_open":
        open.push({ type: token.type === "em_open" ? "em" : "strong", from: text.length });
        break;
      case "em_close":
      case "strong_close": {
        const start = open.pop();
        if (start && text.length > start.from) marks.push({ type: start.type, from: start.from, to: text.length });
        break;
      }
      case "softbreak":
      case "hardbreak":
        text += " ";
        break;
      case "code_inline":
        text += token.content;
        break;
      default:
        text += token.content;
    }
  }
  return { text, marks: normaliseMarks(marks) };
}

/** Sort marks by position and merge touching marks of one type. */
export function normaliseMarks(marks: InlineMark[]): InlineMark[] {
  const sorted = [...marks].sort((a, b) => a.from - b.from || a.to - b.to || a.type.localeCompare(b.type));
  const out: InlineMark[] = [];
  for (const mark of sorted) {
    const last = out.findLast((m) => m.type === mark.type);
    if (last && last.to >= mark.from) last.to = Math.max(last.to, mark.to);
    else out.push({ ...mark });
  }
  return out;
}

/** Concatenate rich texts with a separator, shifting marks. */
export function joinRich(parts: readonly RichText[], separator = " "): RichText {
  let text = "";
  const marks: InlineMark[] = [];
  parts.forEach((part, index) => {
    if (index > 0) text += separator;
    for (const mark of part.marks) marks.push({ ...mark, from: mark.from + text.length, to: mark.to + text.length });
    text += part.text;
  });
  return { text, marks: normaliseMarks(marks) };
}

/** Slice a rich text, keeping the marks that fall within the slice. */
export function sliceRich(rich: RichText, from: number, to = rich.text.length): RichText {
  const marks = rich.marks
    .filter((m) => m.to > from && m.from < to)
    .map((m) => ({ ...m, from: Math.max(m.from, from) - from, to: Math.min(m.to, to) - from }));
  return { text: rich.text.slice(from, to), marks };
}
