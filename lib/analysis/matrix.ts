import { csvCell, csvQuote, csvRows } from "../csv";
import { indexBy, type IndexByMessages } from "../index-by";

/**
 * The instrument × element matrix: for each element of a codebook, which instruments (treaties,
 * charters, strategies) were found to contain it, by how many coders, and on which passages. It
 * is the table a scholar puts beside Schmid's shares to say which elements the instruments take
 * up; the CSV is the same table for a spreadsheet.
 */

/** The passage a coding points at, with the note that holds it. */
export interface MatrixPassage {
  /** The document (instrument) the passage is in. */
  document: string;
  /** The edition the note was written on, since quotes differ between translations. */
  edition: string;
  /** The provision id (Akoma Ntoso style), for a link to the clause. */
  provision: string;
  /** The words the coder marked. */
  quote: string;
  /** The coding note; one note is one passage, however often it is listed. */
  noteId: string;
}

/** An instrument: a column of the matrix. */
export interface MatrixInstrument {
  /** The id codings refer to. */
  id: string;
  /** The column heading. */
  title: string;
}

/** A codebook element: a row of the matrix. */
export interface MatrixElement {
  /** The code codings refer to. */
  code: string;
  /** The row heading. */
  name: string;
  /** The share (%) of academic definitions containing the element (Schmid's codebook), null for custom codebooks. */
  share: number | null;
}

/** One coder's finding that an element is present in an instrument, at a passage. */
export interface MatrixCoding {
  /** The instrument's id. */
  instrument: string;
  /** The element's code. */
  element: string;
  /** Who coded; counted once per cell however many passages they cite. */
  coder: string;
  passage: MatrixPassage;
}

/** What the matrix is built from; the order of instruments and elements is the order shown. */
export interface MatrixInput {
  instruments: MatrixInstrument[];
  elements: MatrixElement[];
  codings: MatrixCoding[];
}

/** One element in one instrument. */
export interface MatrixCell {
  /** The instrument's id. */
  instrument: string;
  /** Distinct coders who found the element in the instrument: the figure the table shows. */
  coders: number;
  /** Coding records in the cell, as listed. */
  codings: number;
  /** The passages cited, once per note, in the order first listed. */
  passages: MatrixPassage[];
}

/** One element across the instruments. */
export interface MatrixRow {
  /** The element's code. */
  element: string;
  /** The element's name. */
  name: string;
  /** The element's academic share (%), or null. */
  share: number | null;
  /** One cell per instrument, in instrument order, empty cells included. */
  cells: MatrixCell[];
}

/** The whole table. */
export interface ElementMatrix {
  /** In codebook order. */
  rows: MatrixRow[];
  /** The columns, in the order given. */
  instruments: MatrixInstrument[];
  /** Per instrument, how many elements at least one coder found in it. */
  totals: { instrument: string; elements: number }[];
}

/**
 * Build the matrix: rows in codebook order, columns in instrument order, every cell present (so a
 * view can render the grid without gaps). Codings of instruments or elements not listed are an
 * error rather than dropped, since they mean the caller mixed codebooks or assignments.
 */
export function elementMatrix(input: MatrixInput): ElementMatrix {
  const { instruments, elements, codings } = input;
  const column = indexBy(instruments, (i) => i.id, listed("instrument id"));
  const row = indexBy(elements, (e) => e.code, listed("element code"));
  elements.forEach((e) => {
    if (e.share !== null && !(typeof e.share === "number" && Number.isFinite(e.share))) {
      throw new RangeError(`The share of element "${e.code}" must be a finite number or null, not ${String(e.share)}`);
    }
  });
  if (!Array.isArray(codings)) throw new RangeError("codings must be an array");

  const cells = elements.map(() =>
    instruments.map(() => ({ coders: new Set<string>(), codings: 0, passages: new Map<string, MatrixPassage>() })),
  );
  codings.forEach((coding, i) => {
    const c = column.get(coding.instrument);
    const r = row.get(coding.element);
    if (c === undefined) throw new RangeError(`Coding ${i + 1} is of instrument "${coding.instrument}", which is not among the instruments`);
    if (r === undefined) throw new RangeError(`Coding ${i + 1} applies element "${coding.element}", which is not in the codebook`);
    if (typeof coding.coder !== "string" || coding.coder === "") throw new RangeError(`Coding ${i + 1} has no coder`);
    if (typeof coding.passage?.noteId !== "string" || coding.passage.noteId === "") throw new RangeError(`Coding ${i + 1} has no note id for its passage`);
    const cell = cells[r]![c]!;
    cell.coders.add(coding.coder);
    cell.codings += 1;
    if (!cell.passages.has(coding.passage.noteId)) cell.passages.set(coding.passage.noteId, { ...coding.passage });
  });

  const rows = elements.map(
    (element, r): MatrixRow => ({
      element: element.code,
      name: element.name,
      share: element.share,
      cells: instruments.map((instrument, c) => {
        const cell = cells[r]![c]!;
        return { instrument: instrument.id, coders: cell.coders.size, codings: cell.codings, passages: [...cell.passages.values()] };
      }),
    }),
  );
  const totals = instruments.map((instrument, c) => ({
    instrument: instrument.id,
    elements: rows.filter((r) => r.cells[c]!.coders >= 1).length,
  }));
  return { rows, instruments: instruments.map((i) => ({ id: i.id, title: i.title })), totals };
}

/**
 * The matrix as CSV (RFC 4180: commas, quotes doubled inside quoted fields, CRLF line ends): a
 * header "code,element,<instrument titles>,academic share (%)", then one line per element with
 * the number of coders per instrument and the share as written (83.5; empty when there is none).
 * Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
 * return) gets a leading apostrophe, since element names and titles can be written by anyone.
 */
export function matrixCsv(matrix: ElementMatrix): string {
  const header = ["code", "element", ...matrix.instruments.map((i) => i.title), "academic share (%)"].map(csvCell);
  const lines = matrix.rows.map((r) => [
    csvCell(r.element),
    csvCell(r.name),
    ...r.cells.map((c) => csvQuote(String(c.coders))),
    csvQuote(r.share === null ? "" : String(r.share)),
  ]);
  return csvRows([header, ...lines]);
}

/** indexBy's messages for a list of instruments or elements keyed by `what` ("instrument id"). */
function listed(what: string): IndexByMessages {
  return {
    notArray: `Expected an array of items with an ${what}`,
    noKey: (n) => `Item ${n} has no ${what}`,
    twice: (key) => `The ${what} "${key}" is listed twice`,
  };
}
