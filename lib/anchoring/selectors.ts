/**
 * Describing a passage with every selector we can afford (W3C TextQuote and TextPosition), so
 * that it can be found again in a later edition whose offsets no longer agree.
 */
import type { TextPositionSelector, TextQuoteSelector } from "../annotations/types";

/**
 * Characters of context kept each side of a quote: enough to tell apart a phrase that a treaty
 * repeats in every point ("combating terrorism, separatism, and extremism"), short enough to stay
 * within one Myers word (32 bits), so each context comparison is a single-block search.
 */
export const CONTEXT_LENGTH = 32;

/** The two selectors every note target carries: the words themselves and where they were. */
export interface PassageSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * Build the selectors for `text.slice(start, end)`: the quote with up to CONTEXT_LENGTH characters
 * of prefix and suffix (shorter at the edges of the text), and the position. Throws a RangeError
 * for offsets that are not integers within the text, for start > end, and for a passage that is
 * empty or only whitespace (there would be nothing to find again).
 */
export function describePassage(text: string, start: number, end: number): PassageSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`passage offsets must be integers, got start=${start}, end=${end}`);
  }
  if (start < 0 || end > text.length) {
    throw new RangeError(`passage ${start}-${end} lies outside the text (0-${text.length})`);
  }
  if (start > end) throw new RangeError(`passage start ${start} is after its end ${end}`);
  const exact = text.slice(start, end);
  if (exact.trim() === "") throw new RangeError(`passage ${start}-${end} is empty or only whitespace`);
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  // Never keep half of a surrogate pair at the outer edge of the context.
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++;
  if (suffixEnd < text.length && isLowSurrogate(text.charCodeAt(suffixEnd))) suffixEnd--;
  return {
    quote: { type: "TextQuoteSelector", exact, prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) },
    position: { type: "TextPositionSelector", start, end },
  };
}

/**
 * Check selectors read back from storage or a request before searching with them: a RangeError
 * names what is wrong, rather than a search quietly finding nothing.
 */
export function checkSelectors(selectors: PassageSelectors): void {
  const { quote, position } = selectors;
  if (typeof quote?.exact !== "string" || quote.exact.trim() === "") {
    throw new RangeError("the quote to anchor is empty or only whitespace");
  }
  if (typeof quote.prefix !== "string" || typeof quote.suffix !== "string") {
    throw new RangeError("the quote's prefix and suffix must be strings (possibly empty)");
  }
  const { start, end } = position ?? {};
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`position offsets must be integers, got start=${start}, end=${end}`);
  }
  if (start < 0) throw new RangeError(`position start ${start} is negative`);
  if (start > end) throw new RangeError(`position start ${start} is after its end ${end}`);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
