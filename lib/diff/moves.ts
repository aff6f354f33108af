/**
 * Finding moved passages: runs of words deleted in one place and inserted, unchanged, in another.
 * Works on the compared tokens a diff left over (ids instead of strings) and knows nothing of text.
 */

/** The fewest words a run must hold to count as moved; two-word coincidences ("of the") are common. */
export const MIN_MOVE_WORDS = 3;

/** The tokens on one side that the diff did not match, in text order. */
export interface Unmatched {
  /** Token ids (equal keys, equal ids). */
  ids: ArrayLike<number>;
  /** Words each token holds (1 for a word, 0 for punctuation, a sentence's word count). */
  words: ArrayLike<number>;
  /** The change region each token lies in; a run never spans two regions. */
  regions: ArrayLike<number>;
}

/** One move: `length` tokens from `deleted[from]` equal to `length` tokens from `inserted[from]`. */
export interface Move {
  deletedFrom: number;
  insertedFrom: number;
  length: number;
}

/**
 * Match runs of at least MIN_MOVE_WORDS words that are deleted in one region and inserted in a
 * different one, greedily longest first: a run may be part of a longer deleted or inserted
 * stretch, and what is left of a partly used run is tried again. Costs at most one look at
 * each deleted × inserted pair of equal ids; returns [] without looking when deleted × inserted
 * exceeds `maxCells`.
 * Moves come back in the order of their deleted occurrence.
 */
export function findMoves(deleted: Unmatched, inserted: Unmatched, maxCells = Infinity): Move[] {
  const n = deleted.ids.length;
  const m = inserted.ids.length;
  if (n === 0 || m === 0 || n * m > maxCells) return [];
  const deletedWords = prefixSums(deleted.words);
  const insertedWords = prefixSums(inserted.words);
  const heap = new CandidateHeap();

  const offer = (d: number, i: number, length: number) => {
    // Trim tokens without words off both ends, so a move starts and ends with a word.
    let from = 0;
    let to = length;
    while (from < to && deleted.words[d + from] === 0) from++;
    while (to > from && deleted.words[d + to - 1] === 0) to--;
    const words = deletedWords[d + to]! - deletedWords[d + from]!;
    if (words >= MIN_MOVE_WORDS) heap.push({ deletedFrom: d + from, insertedFrom: i + from, length: to - from, words });
  };

  // Every maximal common run, found from its first pair: for each deleted token, the inserted
  // tokens with the same id (a chain per id), skipping pairs that continue a run begun earlier.
  const firstAt = new Map<number, number>();
  const nextAt = new Int32Array(m).fill(-1);
  for (let i = m - 1; i >= 0; i--) {
    const id = inserted.ids[i]!;
    const first = firstAt.get(id);
    if (first !== undefined) nextAt[i] = first;
    firstAt.set(id, i);
  }
  for (let d = 0; d < n; d++) {
    for (let i = firstAt.get(deleted.ids[d]!) ?? -1; i >= 0; i = nextAt[i]!) {
      if (deleted.regions[d] === inserted.regions[i]) continue;
      const continues =
        d > 0 &&
        i > 0 &&
        deleted.ids[d - 1] === inserted.ids[i - 1] &&
        deleted.regions[d - 1] === deleted.regions[d] &&
        inserted.regions[i - 1] === inserted.regions[i];
      if (continues) continue;
      let length = 1;
      while (
        d + length < n &&
        i + length < m &&
        deleted.ids[d + length] === inserted.ids[i + length] &&
        deleted.regions[d + length] === deleted.regions[d] &&
        inserted.regions[i + length] === inserted.regions[i]
      ) {
        length++;
      }
      offer(d, i, length);
    }
  }

  const deletedUsed = new Uint8Array(n);
  const insertedUsed = new Uint8Array(m);
  const moves: Move[] = [];
  for (let candidate = heap.pop(); candidate; candidate = heap.pop()) {
    const { deletedFrom: d, insertedFrom: i, length } = candidate;
    let free = 0;
    while (free < length && !deletedUsed[d + free] && !insertedUsed[i + free]) free++;
    if (free === length) {
      deletedUsed.fill(1, d, d + length);
      insertedUsed.fill(1, i, i + length);
      moves.push({ deletedFrom: d, insertedFrom: i, length });
      continue;
    }
    // Partly taken by a longer move: offer each still-free stretch again.
    let start = -1;
    for (let t = 0; t <= length; t++) {
      const isFree = t < length && !deletedUsed[d + t] && !insertedUsed[i + t];
      if (isFree && start < 0) start = t;
      if (!isFree && start >= 0) {
        offer(d + start, i + start, t - start);
        start = -1;
      }
    }
  }
  return moves.sort((a, b) => a.deletedFrom - b.deletedFrom);
}

function prefixSums(values: ArrayLike<number>): Int32Array {
  const sums = new Int32Array(values.length + 1);
  for (let k = 0; k < values.length; k++) sums[k + 1] = sums[k]! + values[k]!;
  return sums;
}

interface Candidate extends Move {
  words: number;
}

/** Most words first, then most tokens, then earliest deleted and inserted positions (deterministic). */
function before(a: Candidate, b: Candidate): boolean {
  if (a.words !== b.words) return a.words > b.words;
  if (a.length !== b.length) return a.length > b.length;
  if (a.deletedFrom !== b.deletedFrom) return a.deletedFrom < b.deletedFrom;
  return a.insertedFrom < b.insertedFrom;
}

/** A binary max-heap of candidates ordered by `before`. */
class CandidateHeap {
  private items: Candidate[] = [];

  push(item: Candidate): void {
    const items = this.items;
    items.push(item);
    let k = items.length - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!before(items[k]!, items[parent]!)) break;
      [items[k], items[parent]] = [items[parent]!, items[k]!];
      k = parent;
    }
  }

  pop(): Candidate | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let k = 0;
      for (;;) {
        const left = 2 * k + 1;
        const right = left + 1;
        let best = k;
        if (left < items.length && before(items[left]!, items[best]!)) best = left;
        if (right < items.length && before(items[right]!, items[best]!)) best = right;
        if (best === k) break;
        [items[k], items[best]] = [items[best]!, items[k]!];
        k = best;
      }
    }
    return top;
  }
}
