import { sliceRich } from "./inline";
import type { ParseIssue, ParseResult, ProvisionKind, ProvisionNode, RichText, SourceBlock } from "./types";

/**
 * The structure parser for treaties and other numbered instruments. It reads the numbering that
 * stands at the start of each block ("1.", "1)", "a)", "i.", "-") and nests the blocks by the
 * rank of their numbering style, which is more reliable than indentation in transcribed texts:
 *
 *   Article 1 > 1. (paragraph) > 1) (point) > a) (point) > i) (sub-point) > indent
 *
 * Ids follow Akoma Ntoso naming (`art_1__para_1__point_1__point_b`), labels the usual citation
 * form ("Article 1(1)(1)(b)"). Headings that are not articles or a preamble become sections, so
 * a strategy paper excerpted in Markdown parses too.
 */
export function parseTreatyBlocks(blocks: readonly SourceBlock[]): ParseResult {
  return new TreatyParser().parse(blocks);
}

type Style = "para" | "number" | "letter" | "roman" | "indent" | "unnumbered";

/** Rank of each numbering style: a block nests under the nearest open block of lower rank. */
const RANK: Record<Style, number> = { para: 1, unnumbered: 1, number: 2, letter: 3, roman: 4, indent: 5 };

interface Marker {
  style: Style;
  /** The number as printed, without brackets or stops: "1", "b", "iv". */
  value: string;
  /** The marker as printed: "1.", "b)", "(iv)". */
  printed: string;
  /** Length of the marker and the space after it. */
  length: number;
}

const ARTICLE = /^Article\s+(\d+|[IVXLC]+)\b\s*[.:–—-]?\s*(.*)$/i;
const PREAMBLE = /^Preamble\b/i;
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/i;

/** Read the numbering at the start of a block, if any. */
export function readMarker(text: string): Marker | null {
  const match = /^(\(?)([0-9]{1,3}|[a-z]{1,2}|[ivxlc]{1,6})([.)])\s+/i.exec(text);
  if (match) {
    const [printed, open, value, close] = match as unknown as [string, string, string, string];
    if (open === "(" && close !== ")") return null;
    const length = printed.length;
    const marker = printed.trimEnd();
    if (/^\d+$/.test(value)) {
      return { style: close === "." && !open ? "para" : "number", value, printed: marker, length };
    }
    const style: Style = ROMAN.test(value) ? "roman" : "letter";
    if (style === "letter" && value.length > 1 && value[0] !== value[1]) return null; // "aa)" yes, "ab)" no
    return { style, value: value.toLowerCase(), printed: marker, length };
  }
  const dash = /^[-–—•]\s+/.exec(text);
  if (dash) return { style: "indent", value: "", printed: dash[0].trim(), length: dash[0].length };
  return null;
}

interface Open {
  node: ProvisionNode;
  rank: number;
  style: Style | "article" | "section" | "preamble";
  /** Counters for the children's ids, by numbering style. */
  counts: Map<string, number>;
  /** Line of the article text, while it may still turn out to be a first paragraph. */
  chapeauLine?: number;
}

class TreatyParser {
  private roots: ProvisionNode[] = [];
  private stack: Open[] = [];
  private warnings: ParseIssue[] = [];
  private seen = new Set<string>();
  private sections = 0;

  parse(blocks: readonly SourceBlock[]): ParseResult {
    for (const block of blocks) {
      if (block.type === "heading") this.heading(block);
      else this.text(block);
    }
    for (const open of this.stack) this.settle(open);
    return { provisions: this.roots, warnings: this.warnings };
  }

  private heading(block: SourceBlock): void {
    const title = block.rich.text.trim();
    const article = ARTICLE.exec(title);
    if (article) {
      const [, num, rest] = article as unknown as [string, string, string];
      this.closeTo(0);
      const node = this.node(block, "article", block.id ?? `art_${num}`, `Article ${num}`, block.label ?? `Article ${num}`);
      // "Article 1: text" puts the article's text on the heading line; "Article 1. Title" a title.
      if (rest && /:$/.test(title.slice(0, title.length - rest.length).trim())) {
        Object.assign(node, sliceRich(block.rich, block.rich.text.length - rest.length));
      } else if (rest) node.heading = rest;
      this.push(node, 0, "article");
      if (node.text) this.stack.at(-1)!.chapeauLine = block.line;
      return;
    }
    if (PREAMBLE.test(title)) {
      this.closeTo(0);
      this.push(this.node(block, "preamble", block.id ?? "preamble", null, block.label ?? "Preamble", title), 0, "preamble");
      return;
    }
    // Any other heading: a section (top level) or a sub-section (under a section).
    const parent = this.stack.find((o) => o.style === "section");
    if (block.level > 1 && parent) {
      this.closeTo(1);
      const n = this.next(parent, "subsec");
      const node = this.node(block, "subsection", block.id ?? `${parent.node.id}__subsec_${n}`, null, block.label ?? title, title);
      this.push(node, 0.5, "section");
      return;
    }
    this.closeTo(0);
    this.sections += 1;
    const node = this.node(block, "section", block.id ?? `sec_${this.sections}`, null, block.label ?? titleCase(title), title);
    this.push(node, 0, "section");
  }

  private text(block: SourceBlock): void {
    let marker = readMarker(block.rich.text);
    // "i)" after "h)" is the letter i, not the roman one (and so for v and x).
    if (marker?.style === "roman") {
      const letters = this.stack.find((o) => o.style === "letter");
      const last = letters?.node.num?.replace(/[().]/g, "").toLowerCase();
      if (last && last.length === 1 && String.fromCharCode(last.charCodeAt(0) + 1) === marker.value) {
        marker = { ...marker, style: "letter" };
      }
    }
    // A list item without numbering is an indent; a plain paragraph without it is unnumbered.
    const style: Style = marker?.style ?? (block.level > 0 ? "indent" : "unnumbered");
    const rank = RANK[style];
    if (this.stack.length === 0) this.implicitPreamble(block);
    this.closeTo(rank);
    const parent = this.stack.at(-1)!;
    const rich = marker ? sliceRich(block.rich, marker.length) : block.rich;

    if (!marker && this.takeAsArticleText(parent, rich, block)) return;
    const { id, label, kind, num } = this.identify(parent, style, marker, block);
    const node: ProvisionNode = {
      id,
      kind,
      num,
      label,
      heading: null,
      text: rich.text,
      marks: rich.marks,
      line: block.line,
      children: [],
    };
    this.register(node, block.line);
    parent.node.children.push(node);
    this.stack.push({ node, rank, style, counts: new Map() });
  }

  /** Id, label and kind for a new child of `parent`. */
  private identify(parent: Open, style: Style, marker: Marker | null, block: SourceBlock) {
    const base = parent.node.id;
    const cite = parent.node.label;
    const n = this.next(parent, style === "unnumbered" || style === "para" ? "para" : style);
    const nested = parent.style === "number" || parent.style === "letter" || parent.style === "roman";
    let id: string;
    let label: string;
    let kind: ProvisionKind;
    switch (style) {
      case "para":
        [id, label, kind] = [`${base}__para_${marker!.value}`, `${cite}(${marker!.value})`, "paragraph"];
        break;
      case "number":
      case "letter":
        [id, label, kind] = [`${base}__point_${marker!.value}`, `${cite}(${marker!.value})`, "point"];
        break;
      case "roman":
        [id, label, kind] = [`${base}__point_${marker!.value}`, `${cite}(${marker!.value})`, nested ? "subpoint" : "point"];
        break;
      case "indent":
        [id, label, kind] = [`${base}__indent_${n}`, `${cite}, indent ${n}`, "indent"];
        break;
      default:
        [id, label, kind] = [`${base}__para_${n}`, `${cite} ¶${n}`, "paragraph"];
    }
    return { id: block.id ?? id, label: block.label ?? label, kind, num: marker?.printed ?? null };
  }

  /** Text before any heading: a preamble (a title line, recitals). */
  private implicitPreamble(block: SourceBlock): void {
    const node = this.node(block, "preamble", "preamble", null, "Preamble");
    this.push(node, 0, "preamble");
  }

  /**
   * Unnumbered text right under an article is the article's own text (its chapeau), until a
   * second unnumbered run shows that the article has unnumbered paragraphs: then the first run
   * becomes "¶1" and the new one "¶2". Returns true when the block was taken as article text.
   */
  private takeAsArticleText(parent: Open, rich: RichText, block: SourceBlock): boolean {
    const article = parent.node;
    if (parent.rank !== 0 || parent.style === "section" || block.id || article.children.length > 0) return false;
    if (article.text === "") {
      Object.assign(article, { text: rich.text, marks: rich.marks });
      parent.chapeauLine = block.line;
      return true;
    }
    if (parent.chapeauLine !== undefined) {
      const n = this.next(parent, "para");
      const first: ProvisionNode = {
        id: `${article.id}__para_${n}`,
        kind: "paragraph",
        num: null,
        label: `${article.label} ¶${n}`,
        heading: null,
        text: article.text,
        marks: article.marks,
        line: parent.chapeauLine,
        children: [],
      };
      this.register(first, first.line);
      article.children.push(first);
      Object.assign(article, { text: "", marks: [] });
      parent.chapeauLine = undefined;
    }
    return false;
  }

  private node(block: SourceBlock, kind: ProvisionKind, id: string, num: string | null, label: string, heading: string | null = null): ProvisionNode {
    const node: ProvisionNode = { id, kind, num, label, heading, text: "", marks: [], line: block.line, children: [] };
    this.register(node, block.line);
    return node;
  }

  private register(node: ProvisionNode, line: number): void {
    if (this.seen.has(node.id)) {
      let n = 2;
      while (this.seen.has(`${node.id}_${n}`)) n++;
      this.warnings.push({ line, message: `duplicate provision id "${node.id}" (numbering repeats); stored as "${node.id}_${n}"` });
      node.id = `${node.id}_${n}`;
    }
    this.seen.add(node.id);
  }

  private push(node: ProvisionNode, rank: number, style: Open["style"]): void {
    if (rank === 0 || this.stack.length === 0) this.roots.push(node);
    else this.stack.at(-1)!.node.children.push(node);
    this.stack.push({ node, rank, style, counts: new Map() });
  }

  /** Close open blocks until the top has a rank lower than `rank`. */
  private closeTo(rank: number): void {
    while (this.stack.length > 0 && this.stack.at(-1)!.rank >= rank) this.settle(this.stack.pop()!);
  }

  private settle(open: Open): void {
    if (open.node.kind === "article" && open.node.children.length === 0 && open.node.text === "") {
      this.warnings.push({ line: open.node.line, message: `${open.node.label} has no text` });
    }
  }

  private next(parent: Open, key: string): number {
    const n = (parent.counts.get(key) ?? 0) + 1;
    parent.counts.set(key, n);
    return n;
  }
}

const SMALL = new Set(["a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "the", "to", "with"]);

/** "THE NATURE OF THE TERRORIST THREAT TODAY" -> "The Nature of the Terrorist Threat Today". */
export function titleCase(heading: string): string {
  const words = heading.toLowerCase().split(/\s+/).filter(Boolean);
  return words.map((w, i) => (i > 0 && SMALL.has(w) ? w : w[0]!.toUpperCase() + w.slice(1))).join(" ");
}

/** Re-export for front-ends that build blocks. */
export type { RichText };
