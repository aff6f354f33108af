const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2001-06-15" -> "15 June 2001", "2003-02" -> "February 2003", "2003" -> "2003". */
export function formatIsoDay(value: string): string {
  const [year, month, day] = value.split("-");
  if (!month) return year ?? value;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** The words a badge uses for an edition's completeness: "Full text" or "Excerpt: Article 1 only". */
export function completenessLabel(edition: { completeness: "full" | "excerpt"; summary: string }): string {
  return edition.completeness === "full" ? "Full text" : `Excerpt: ${edition.summary}`;
}

const TYPE_NAMES: Record<string, string> = {
  convention: "Convention",
  charter: "Charter",
  agreement: "Agreement",
  strategy: "National strategy",
  declaration: "Declaration",
  treaty: "Treaty",
  other: "Document",
};

/** "convention" -> "Convention". */
export function documentTypeName(type: string): string {
  return TYPE_NAMES[type] ?? type;
}

const dateTime = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/** "1 Dec 2026, 09:00 UTC" for an ISO timestamp. */
export function formatDateTime(iso: string): string {
  return `${dateTime.format(new Date(iso))} UTC`;
}
