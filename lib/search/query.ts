/**
 * What a person types into the search box, turned into an SQLite FTS5 MATCH expression. Nothing
 * the person typed reaches FTS5 as syntax: every word and phrase is emitted as an FTS5 string
 * ("...", inner quotes doubled), and the only operators are the ones built here. So a query can
 * never fail to parse in SQLite, and a stray colon or parenthesis just means the text itself.
 *
 * The little language: bare words must all occur; "double-quoted words" must occur together as a
 * phrase; a word ending in * matches words beginning with it; OR (in capitals) between two items
 * accepts either; a leading - excludes a word or phrase. Everything else is text.
 */

/** The most words and phrases one query may hold; beyond this a query is a paste, not a search. */
export const MAX_QUERY_ITEMS = 32;

/** The shortest prefix a word* may have, so that "a*" cannot ask for half the index. */
export const MIN_PREFIX_LENGTH = 2;

/** Why a query was refused, for callers that map errors to codes; the message is for people. */
export type SearchQueryErrorReason = "unclosed-quote" | "empty" | "only-excluded" | "too-many" | "short-prefix";

/**
 * A query the search cannot run, with a message the person who typed it can act on. It is a
 * RangeError (bad input), so code that treats RangeError as the caller's mistake handles it too.
 */
export class SearchQueryError extends RangeError {
  /** Which rule the query broke. */
  readonly reason: SearchQueryErrorReason;

  constructor(reason: SearchQueryErrorReason, message: string) {
    super(message);
    this.name = "SearchQueryError";
    this.reason = reason;
  }
}

/** A query ready for `WHERE t MATCH ?`, and the words to highlight in the results. */
export interface FtsQuery {
  /** The FTS5 expression; bind it as a parameter, never splice it into SQL. */
  match: string;
  /**
   * The words of the plain words and phrases the results must contain, lower-cased and without
   * repeats, split the way the unicode61 tokenizer splits them ("co-op" gives "co" and "op").
   * Excluded words and prefixes are left out: they do not name a word to mark.
   */
  terms: string[];
  /** The prefixes looked for (lower-cased, without the *), for marking the words they match. */
  prefixes: string[];
}

/** Characters the unicode61 tokenizer keeps in tokens by default (categories L*, N* and Co); the rest separate words. */
const TOKEN_CHAR = /[\p{L}\p{N}\p{Co}]/u;
/** The words of a text as the unicode61 tokenizer cuts them: runs of TOKEN_CHAR (for match and matchAll). */
export const TOKEN_RUNS = /[\p{L}\p{N}\p{Co}]+/gu;
const SPACE = /\s/u;

type Item = { kind: "word" | "phrase" | "prefix"; text: string; exclude: boolean; typed: string } | { kind: "or" };
type Term = Extract<Item, { text: string }>;

/**
 * Turn a person's query into a safe FTS5 MATCH expression. Groups joined by OR are bracketed and
 * ANDed with the other items ("a b OR c" -> `"a" AND ("b" OR "c")`); excluded items apply to the
 * whole query wherever they stand ("-b a" and "a -b" both give `"a" NOT "b"`). OR that does not
 * stand between two items to look for (at either end, doubled, next to an excluded item) and
 * lower-case "or" are the word "or". Throws SearchQueryError when the query cannot be run.
 */
export function toFtsQuery(input: string): FtsQuery {
  if (typeof input !== "string") throw new RangeError("A search query must be a string");
  // Control characters (tabs, line breaks, NUL) separate words like spaces.
  const text = input.normalize("NFC").replace(/\p{Cc}/gu, " ");
  const items = scan(text).filter((item) => item.kind === "or" || TOKEN_CHAR.test(item.text));

  const positives: Term[][] = [];
  const excluded: Term[] = [];
  let joinNext = false;
  items.forEach((item, i) => {
    if (item.kind === "or") {
      const prev = items[i - 1];
      const next = items[i + 1];
      const isTerm = (x: Item | undefined) => x !== undefined && x.kind !== "or" && !x.exclude;
      if (isTerm(prev) && isTerm(next)) {
        joinNext = true;
        return;
      }
    }
    const term: Term = item.kind === "or" ? { kind: "word", text: "OR", exclude: false, typed: "OR" } : item;
    if (term.exclude) excluded.push(term);
    else if (joinNext) positives.at(-1)!.push(term);
    else positives.push([term]);
    joinNext = false;
  });

  const count = positives.reduce((sum, group) => sum + group.length, 0) + excluded.length;
  if (count === 0) throw new SearchQueryError("empty", "Type a word or a phrase to search for.");
  if (positives.length === 0) {
    const shown = excluded.map((item) => `-${item.typed}`).join(" ");
    throw new SearchQueryError("only-excluded", `Add at least one word to look for; ${shown} only exclude${excluded.length === 1 ? "s" : ""}.`);
  }
  if (count > MAX_QUERY_ITEMS) {
    throw new SearchQueryError("too-many", `A search can hold at most ${MAX_QUERY_ITEMS} words and phrases; this one has ${count}. Keep the most telling ones.`);
  }

  const groups = positives.map((group) => (group.length === 1 ? emit(group[0]!) : `(${group.map(emit).join(" OR ")})`));
  let match = groups.join(" AND ");
  if (excluded.length > 0) {
    const left = groups.length === 1 ? match : `(${match})`;
    const right = excluded.length === 1 ? emit(excluded[0]!) : `(${excluded.map(emit).join(" OR ")})`;
    match = `${left} NOT ${right}`;
  }

  const terms = new Set<string>();
  const prefixes = new Set<string>();
  for (const item of positives.flat()) {
    if (item.kind === "prefix") {
      const last = (item.text.match(TOKEN_RUNS) ?? []).at(-1);
      if (last) prefixes.add(last.toLowerCase());
      continue;
    }
    for (const word of item.text.match(TOKEN_RUNS) ?? []) terms.add(word.toLowerCase());
  }
  return { match, terms: [...terms], prefixes: [...prefixes] };
}

/** An item as an FTS5 string: the tokenizer, not the query parser, sees what is inside. */
function emit(item: Term): string {
  const string = `"${item.text.replaceAll('"', '""')}"`;
  return item.kind === "prefix" ? `${string}*` : string;
}

/** Split the text into words, phrases and OR markers, in the order typed. */
function scan(text: string): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < text.length) {
    if (SPACE.test(text[i]!)) {
      i += 1;
      continue;
    }
    const start = i;
    const exclude = text[i] === "-" && i + 1 < text.length && !SPACE.test(text[i + 1]!);
    if (exclude) i += 1;

    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      if (close === -1) {
        const rest = text.slice(i).trimEnd();
        const shown = rest.length > 60 ? `${rest.slice(0, 59)}…` : rest;
        throw new SearchQueryError("unclosed-quote", `A phrase is missing its closing quote mark: ${shown}`);
      }
      // Words inside a phrase are text, whatever they are (OR, -x, word*); runs of spaces count as one.
      const words = text
        .slice(i + 1, close)
        .split(/\s+/u)
        .filter((word) => TOKEN_CHAR.test(word));
      items.push({ kind: "phrase", text: words.join(" "), exclude, typed: text.slice(start + (exclude ? 1 : 0), close + 1) });
      i = close + 1;
      continue;
    }

    let end = i;
    while (end < text.length && !SPACE.test(text[end]!)) end += 1;
    const word = text.slice(i, end);
    i = end;
    if (word === "OR" && !exclude) {
      items.push({ kind: "or" });
      continue;
    }
    const base = word.replace(/\*+$/u, "");
    if (base !== word && TOKEN_CHAR.test(base)) {
      // The prefix FTS5 applies is the last token of the string: in "co-op*" it is "op".
      const last = base.match(TOKEN_RUNS)!.at(-1)!;
      if ([...last].length < MIN_PREFIX_LENGTH) {
        throw new SearchQueryError("short-prefix", `Type at least ${MIN_PREFIX_LENGTH} letters before the * of ${word}: a shorter beginning matches too many words.`);
      }
      items.push({ kind: "prefix", text: base, exclude, typed: word });
      continue;
    }
    items.push({ kind: "word", text: word, exclude, typed: word });
  }
  return items;
}
