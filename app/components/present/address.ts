import { compareQuery, type CompareParams } from "@/lib/compare/params";

/**
 * Addresses of the presentation: the compare query in its canonical form, then `row` (1-based,
 * always written so that the address says which row is shown) and `notes=hide` when notes are off.
 */

/** Whether notes are shown under the texts. */
export type PresentNotes = "show" | "hide";

/** `/compare/present?{compare query}&row={row}[&notes=hide]`. */
export function presentHref(params: CompareParams, row: number, notes: PresentNotes): string {
  return `/compare/present?${compareQuery(params)}&row=${row}${notes === "hide" ? "&notes=hide" : ""}`;
}

/** Read `notes=`: anything but "hide" shows them. */
export function parsePresentNotes(value: string | string[] | undefined): PresentNotes {
  return (Array.isArray(value) ? value[0] : value) === "hide" ? "hide" : "show";
}
