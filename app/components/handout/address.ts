import { compareQuery, type CompareParams } from "@/lib/compare/params";

/** Which notes a handout prints: none (the default), the public ones, or the public ones and the viewer's own. */
export type HandoutNotes = "none" | "public" | "mine";

/** Read `notes=`: "public" or "mine"; anything else is "none". */
export function parseHandoutNotes(value: string | string[] | undefined): HandoutNotes {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw === "public" || raw === "mine" ? raw : "none";
}

/** Read `title=`: trimmed, at most 200 characters, or null when empty. */
export function parseHandoutTitle(value: string | string[] | undefined): string | null {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  return raw ? raw.slice(0, 200) : null;
}

/** `/compare/handout?{compare query}[&notes=…][&title=…]`. */
export function handoutHref(params: CompareParams, notes: HandoutNotes, title: string | null): string {
  const extra = new URLSearchParams();
  if (notes !== "none") extra.set("notes", notes);
  if (title) extra.set("title", title);
  const tail = extra.toString();
  return `/compare/handout?${compareQuery(params)}${tail ? `&${tail}` : ""}`;
}
