import { assertFlatList, parentIndexes, type AlignProvision } from "./types";

/**
 * Machine suggestions of provisions in other documents that may correspond to a given one, for
 * when no curated crosswalk entry exists.
 *
 * Why TF-IDF cosine: it is cheap (the index over the whole corpus, about 200 provisions, builds
 * in some 10-25 ms, with no model and no training data, which a corpus of a handful of treaties
 * could not supply anyway); it is explainable to a scholar ("these two clauses share the words separatism, annexation and
 * territorial, which are rare in the corpus"); and inverse document frequency rewards shared rare
 * legal terms ("separatism", "annexation", "combatant") over the words every provision uses
 * ("parties", "state", "shall"). Its weakness is that it sees words, not meaning: synonyms and
 * paraphrases score nothing ("civilian" vs "noncombatant", "Counter-terrorist Structure" vs
 * "RATS"), a translation's word choice matters as much as the substance, and a negation or a
 * different legal effect in the same words scores high. So these are suggestions for a person
 * to judge, never alignments.
 */

/** One provision to index, with the document and edition it belongs to. */
export interface SimilarityItem {
  document: string;
  edition: string;
  provision: AlignProvision;
}

/** A provision suggested as a partner, with its cosine similarity in (0, 1]. */
export interface Suggestion extends SimilarityItem {
  score: number;
}

/** The TF-IDF index of a corpus; build it with buildSimilarityIndex and treat it as opaque. */
export interface SimilarityIndex {
  /** The indexed provisions, in the order given. */
  readonly items: readonly SimilarityItem[];
  /** Each item's l2-normalised TF-IDF vector over the words of its fullText (empty when it has none). */
  readonly vectors: readonly ReadonlyMap<string, number>[];
  /** Whether an item may be suggested (long enough, and not a container repeating its only child). */
  readonly suggestable: readonly boolean[];
  /** Inverse document frequency of every word seen, ln((1+N)/(1+df))+1. */
  readonly idf: ReadonlyMap<string, number>;
  /** N: the number of distinct (document, provision) units with words in their own text. */
  readonly unitCount: number;
}

/** Options of suggest: how many suggestions at most (default 5) and the lowest score kept (default 0.05). */
export interface SuggestOptions {
  limit?: number;
  minScore?: number;
}

/** Provisions whose full text has fewer words than this are not suggested (headings, "“Terrorism” means:"). */
export const MIN_SUGGESTED_WORDS = 4;

/** Kinds never suggested: a figure is only its caption ("Figure 1: The Structure of Terror"), a heading in all but name. */
export const UNSUGGESTED_KINDS: ReadonlySet<string> = new Set(["figure"]);

/**
 * A small English stop-word list: function words, the modals of legal drafting, and the
 * fragments a word split at an apostrophe leaves ("America's" gives "america" and "s").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or nor but if then than so as at by for from in into of off on onto out over to up with within without " +
    "about above after against among before below between during through under until upon via per " +
    "is are was were be been being am do does did done have has had having " +
    "shall should will would may might can could must " +
    "it its this that these those there here which who whom whose what when where why how " +
    "i we you he she they me us him her them my our your his their ours yours theirs " +
    "not no any all each every other such some more most only own same also both either neither very too " +
    "s t d ll m re ve"
  ).split(" "),
);

/**
 * The indexable words of a text: lower-cased runs of letters and digits, without stop words and
 * without one- or two-digit numbers (the "1" of "paragraph 1" or "Figure 1" says nothing of the
 * subject; "1373" or "2001" may).
 */
export function tokenize(text: string): string[] {
  return words(text).filter(indexable);
}

function indexable(word: string): boolean {
  return !STOP_WORDS.has(word) && !/^\d{1,2}$/.test(word);
}

/**
 * Build the TF-IDF index. Document frequency is counted over provisions by their own text, each
 * (document, provision id) once however many editions hold it, so that neither a container
 * repeating its children's words nor a second edition inflates it. Vectors are raw term counts of
 * fullText times idf, l2-normalised. Throws a RangeError when one edition lists an id twice.
 */
export function buildSimilarityIndex(provisions: readonly SimilarityItem[]): SimilarityIndex {
  const groups = new Map<string, number[]>();
  provisions.forEach((item, index) => {
    if (!item.document || !item.edition) throw new RangeError(`item ${index} (${item.provision?.id}) has no document or edition`);
    const key = `${item.document}\u0000${item.edition}`;
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });

  // Which items may be suggested: enough words, and not a container that merely repeats one child.
  const fullWords = provisions.map((item) => words(item.provision.fullText));
  const suggestable = provisions.map(
    (item, i) => !UNSUGGESTED_KINDS.has(item.provision.kind) && fullWords[i]!.length >= MIN_SUGGESTED_WORDS,
  );
  for (const [key, indexes] of groups) {
    const list = indexes.map((i) => provisions[i]!.provision);
    assertFlatList(list, `edition ${key.replace("\u0000", " ")}`);
    parentIndexes(list).forEach((parent, position) => {
      if (parent < 0) return;
      if (list[parent]!.fullText === list[position]!.fullText) suggestable[indexes[parent]!] = false;
    });
  }

  // Document frequency over (document, provision) units, by own text.
  const unitWords = new Map<string, Set<string>>();
  for (const item of provisions) {
    const key = `${item.document}\u0000${item.provision.id}`;
    let set = unitWords.get(key);
    if (!set) unitWords.set(key, (set = new Set()));
    for (const word of tokenize(item.provision.text)) set.add(word);
  }
  const df = new Map<string, number>();
  let unitCount = 0;
  for (const set of unitWords.values()) {
    if (set.size > 0) unitCount++;
    for (const word of set) df.set(word, (df.get(word) ?? 0) + 1);
  }
  const idf = new Map<string, number>();
  for (const [word, count] of df) idf.set(word, Math.log((1 + unitCount) / (1 + count)) + 1);

  const vectors = fullWords.map((all) => {
    const counts = new Map<string, number>();
    for (const word of all) if (indexable(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    let norm = 0;
    for (const [word, count] of counts) {
      const weight = count * (idf.get(word) ?? Math.log(1 + unitCount) + 1); // a word of no own text (fullText built otherwise): df 0
      counts.set(word, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    for (const [word, weight] of counts) counts.set(word, weight / norm);
    return counts;
  });

  return { items: provisions, vectors, suggestable, idf, unitCount };
}

/**
 * Rank provisions of other documents by TF-IDF cosine similarity to one provision, best first:
 * at most `limit` (default 5), each scoring at least `minScore` (default 0.05) and above 0. A
 * provision held by several editions is suggested once, from the edition where it scores best.
 * Without `edition`, the first indexed edition holding the provision is the query. Throws a
 * RangeError when the provision is not indexed or an option is out of range.
 */
export function suggest(
  index: SimilarityIndex,
  ref: { document: string; provision: string; edition?: string },
  options: SuggestOptions = {},
): Suggestion[] {
  const limit = options.limit ?? 5;
  const minScore = options.minScore ?? 0.05;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive whole number, got ${limit}`);
  if (!(minScore >= 0 && minScore <= 1)) throw new RangeError(`minScore must be between 0 and 1, got ${minScore}`);
  const at = index.items.findIndex(
    (item) => item.document === ref.document && item.provision.id === ref.provision && (ref.edition === undefined || item.edition === ref.edition),
  );
  if (at < 0) {
    const edition = ref.edition === undefined ? "" : ` (edition ${ref.edition})`;
    throw new RangeError(`provision ${ref.document}:${ref.provision}${edition} is not in the similarity index`);
  }
  const query = index.vectors[at]!;

  const best = new Map<string, { at: number; score: number }>();
  index.items.forEach((item, i) => {
    if (item.document === ref.document || !index.suggestable[i]) return;
    const score = Math.min(1, cosine(query, index.vectors[i]!));
    if (score <= 0 || score < minScore) return;
    const key = `${item.document}\u0000${item.provision.id}`;
    const previous = best.get(key);
    if (!previous || score > previous.score) best.set(key, { at: i, score });
  });
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.at - b.at)
    .slice(0, limit)
    .map(({ at: i, score }) => {
      const { document, edition, provision } = index.items[i]!;
      return { document, edition, provision, score };
    });
}

/** Dot product of two l2-normalised sparse vectors: their cosine similarity. */
function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [word, weight] of small) {
    const other = large.get(word);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
