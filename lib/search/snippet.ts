/**
 * Snippets for search results, cut from a text around its first matching word, with the matching
 * words between two marks. Done here rather than by FTS5's snippet(), which would re-read the
 * index for every result row; words are compared as the unicode61 tokenizer with
 * remove_diacritics does (case and accents folded).
 */
import { TOKEN_RUNS } from "./query";

/** A word folded for comparison: lower case, accents removed. */
export function fold(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * The part of `text` around its first word that is one of `terms` or starts with one of
 * `prefixes`: about `radius` words each side, "…" where it was cut, and every matching word in it
 * between `start` and `end` marks.
 */
export function makeSnippet(text: string, terms: readonly string[], prefixes: readonly string[], marks: { start: string; end: string }, radius = 12): string {
  const wanted = new Set(terms.map(fold));
  const heads = prefixes.map(fold);
  const words = [...text.matchAll(TOKEN_RUNS)].map((m) => ({ from: m.index!, to: m.index! + m[0].length, hit: false, text: m[0] }));
  for (const w of words) {
    const f = fold(w.text);
    w.hit = wanted.has(f) || heads.some((p) => f.startsWith(p));
  }
  // Centre on the place where most of the query's words stand together (a phrase), else the first hit.
  const span = Math.max(1, wanted.size + heads.length);
  let first = Math.max(0, words.findIndex((w) => w.hit));
  let best = 0;
  words.forEach((w, i) => {
    if (!w.hit) return;
    const together = words.slice(i, i + span).filter((x) => x.hit).length;
    if (together > best) [best, first] = [together, i];
  });
  const from = Math.max(0, first - radius);
  const to = Math.min(words.length, first + radius + 1);
  if (words.length === 0) return text.slice(0, 200);
  const startAt = from === 0 ? 0 : words[from]!.from;
  const endAt = to === words.length ? text.length : words[to - 1]!.to;
  let out = from === 0 ? "" : "…";
  let cursor = startAt;
  for (const w of words.slice(from, to)) {
    if (!w.hit) continue;
    out += text.slice(cursor, w.from) + marks.start + text.slice(w.from, w.to) + marks.end;
    cursor = w.to;
  }
  out += text.slice(cursor, endAt) + (to === words.length ? "" : "…");
  return out;
}
