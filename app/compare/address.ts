import { compareQuery, formatSide, granularities, ignorables, markModes, type CompareParams, type Side } from "@/lib/compare/params";

/**
 * The compare form's fields (ld, le, lp for the left text; rd, re, rp for the right; granularity,
 * ignore, only, view) turned into the canonical /compare address, or null when the query is
 * already in canonical form (left=, right=, texts=).
 */
export function formToAddress(query: Record<string, string | string[] | undefined>): string | null {
  const first = (key: string) => {
    const value = query[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const all = (key: string) => {
    const value = query[key];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  };
  if (!first("ld")) {
    // Canonical already, but several ignore= values (from an older form) are folded into one.
    if (all("ignore").length > 1) {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) if (key !== "ignore" && value !== undefined) params.set(key, Array.isArray(value) ? value[0]! : value);
      params.set("ignore", all("ignore").join(","));
      return `/compare?${params.toString()}`;
    }
    return null;
  }
  const side = (prefix: "l" | "r"): Side | null => {
    const document = first(`${prefix}d`);
    if (!document) return null;
    return { document, edition: first(`${prefix}e`) || null, provision: first(`${prefix}p`) || null };
  };
  const left = side("l")!;
  const right = side("r");
  if (!right) return `/compare?left=${formatSide(left)}`;
  const granularity = first("granularity");
  const params: CompareParams = {
    sides: [left, right],
    multi: false,
    granularity: (granularities as readonly string[]).includes(granularity ?? "") ? (granularity as CompareParams["granularity"]) : "word",
    ignore: ignorables.filter((name) => all("ignore").flatMap((v) => v.split(",")).includes(name)),
    onlyDifferences: first("only") === "differences",
    view: first("view") === "redline" ? "redline" : "columns",
    marks: (markModes as readonly string[]).includes(first("marks") ?? "") ? (first("marks") as CompareParams["marks"]) : "auto",
  };
  return `/compare?${compareQuery(params)}`;
}
