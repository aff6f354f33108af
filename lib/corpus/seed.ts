/**
 * Reading passages out of the seed papers (`../shared/seeds/*.txt`), which quote treaty text
 * verbatim but interleave it with the paper's own footnotes. Pure string functions: the caller
 * reads the file.
 */

/** The superscript digits the seed papers use for footnote numbers. */
const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** A footnote line: it starts (after any indentation) with a superscript footnote number. */
const FOOTNOTE_LINE = new RegExp(`^[ \\t]*[${SUPERSCRIPT}]`);

/** An inline footnote marker: a run of superscript digits anywhere in a line. */
const FOOTNOTE_MARKER = new RegExp(`[${SUPERSCRIPT}]+`, "g");

/**
 * Remove a seed paper's footnotes: every line that starts with a superscript number
 * ("³ Tao, Xu ...", "¹² Alimov ..."), with its line break, and every inline superscript
 * footnote marker ("Convention⁴ read:" becomes "Convention read:"). All other characters,
 * blank lines included, are kept as they are.
 */
export function stripFootnotes(text: string): string {
  return text
    .split("\n")
    .filter((line) => !FOOTNOTE_LINE.test(line))
    .map((line) => line.replace(FOOTNOTE_MARKER, ""))
    .join("\n");
}

/**
 * The lines of `seed` named by `spec`, joined with "\n". `spec` lists 1-based line numbers and
 * inclusive ranges separated by commas ("41-54", "134, 144", "164-170, 196-200"), in the order
 * the lines are wanted. Throws a RangeError for a malformed spec, a range that runs backwards,
 * or a line the seed does not have, so that a wrong line reference never passes silently.
 */
export function seedLines(seed: string, spec: string): string {
  const lines = seed.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop(); // the line break that ends the last line starts no line
  const out: string[] = [];
  for (const part of spec.split(",")) {
    const match = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(part);
    if (!match) throw new RangeError(`seed lines: "${part.trim()}" in "${spec}" is not a line number or a range like 41-54`);
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (from < 1 || to < from) throw new RangeError(`seed lines: "${part.trim()}" in "${spec}" is not a valid range`);
    if (to > lines.length) throw new RangeError(`seed lines: line ${to} is beyond the end of the seed (${lines.length} lines)`);
    out.push(...lines.slice(from - 1, to));
  }
  return out.join("\n");
}
