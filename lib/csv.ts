/**
 * CSV as RFC 4180 writes it (commas, quotes doubled inside quoted fields, CRLF line ends), made
 * safe for spreadsheets: text that one would run as a formula gets a leading apostrophe.
 */

/**
 * One text field: defused against formula injection (a leading =, +, -, @, tab or carriage return
 * gets an apostrophe, OWASP "CSV Injection"), since anyone may have written it, then quoted if it
 * needs to be.
 */
export function csvCell(value: string): string {
  return csvQuote(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

/** One field quoted when RFC 4180 requires it, without defusing: for numbers, where "-2" is a value, not a formula. */
export function csvQuote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/** Rows of fields already written with csvCell or csvQuote, as CSV text: CRLF after every line. */
export function csvRows(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.join(",")).join("\r\n") + "\r\n";
}
