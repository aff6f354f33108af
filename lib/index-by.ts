/** What indexBy says about a list it cannot index, in the caller's words. */
export interface IndexByMessages {
  /** The list is not an array. */
  notArray: string;
  /** Item `n` (counted from 1) has no key: missing, empty or not a string. */
  noKey: (n: number) => string;
  /** A key occurs twice. */
  twice: (key: string) => string;
}

/**
 * The position of each item of a list by its key (an id, a code, a name). Throws a RangeError
 * with the caller's message when the list is not an array or a key is missing or repeated,
 * since every caller then looks items up by key and would otherwise mix two of them up.
 */
export function indexBy<T>(items: readonly T[], key: (item: T) => unknown, messages: IndexByMessages): Map<string, number> {
  if (!Array.isArray(items)) throw new RangeError(messages.notArray);
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    const k = key(item);
    if (typeof k !== "string" || k === "") throw new RangeError(messages.noKey(i + 1));
    if (index.has(k)) throw new RangeError(messages.twice(k));
    index.set(k, i);
  });
  return index;
}
