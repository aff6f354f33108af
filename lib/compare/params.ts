import { z } from "zod";
import { DOCUMENT_ID, PROVISION_ID } from "../corpus/types";

/**
 * The compare view's address. Every view option lives in the query string so that a copied
 * link reproduces the exact view:
 *
 *   /compare?left={side}&right={side}[&granularity=word|char|sentence][&ignore=case,punctuation,whitespace][&only=differences][&view=columns|redline]
 *   /compare?texts={side},{side},{side}...[&base={side}]
 *
 * where a side is `{doc}[@{edition}][:{provisionId}]`.
 */

/** One side of a comparison: a document, optionally one edition and one provision of it. */
export interface Side {
  document: string;
  edition: string | null;
  provision: string | null;
}

export const granularities = ["word", "char", "sentence"] as const;
export const ignorables = ["case", "punctuation", "whitespace"] as const;
export type Ignorable = (typeof ignorables)[number];

/** Everything the address says. */
export interface CompareParams {
  /** Two or more sides; the first is the base that the others are compared with. */
  sides: Side[];
  /** True when written as `texts=` (three or more columns), false for `left=`/`right=`. */
  multi: boolean;
  granularity: (typeof granularities)[number];
  ignore: Ignorable[];
  onlyDifferences: boolean;
  view: "columns" | "redline";
  /**
   * What the texts mark: every difference, the words they share, or (auto) the shared words
   * between texts so different that marking differences would strike out nearly everything.
   */
  marks: (typeof markModes)[number];
}

export const markModes = ["auto", "differences", "shared"] as const;

/** A side cut at its separators: `doc`, then `@edition`, then `:provision`, each part checked on its own. */
const SIDE = /^([^@:]*)(?:@([^@:]*))?(?::(.*))?$/;

/** Parse `doc[@edition][:provision]` (ids of at most 100, 100 and 200 characters); throws RangeError naming what is wrong. */
export function parseSide(value: string): Side {
  const [match, document = "", edition, provision] = SIDE.exec(value.trim()) ?? [];
  const fits = (part: string | undefined, pattern: RegExp, max: number) => part === undefined || (part.length <= max && pattern.test(part));
  if (match === undefined || !fits(document, DOCUMENT_ID, 100) || !fits(edition, DOCUMENT_ID, 100) || !fits(provision, PROVISION_ID, 200)) {
    throw new RangeError(`"${value}" is not a text: write {document}[@{edition}][:{provision}], e.g. shanghai-convention-2001:art_1`);
  }
  return { document, edition: edition ?? null, provision: provision ?? null };
}

/** The string form of a side, the inverse of parseSide. */
export function formatSide(side: Side): string {
  return `${side.document}${side.edition ? `@${side.edition}` : ""}${side.provision ? `:${side.provision}` : ""}`;
}

const sideParam = z.string().transform((value, ctx) => {
  try {
    return parseSide(value);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
    return z.NEVER;
  }
});

const schema = z
  .object({
    left: sideParam.optional(),
    right: sideParam.optional(),
    texts: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined) return undefined;
        const parts = value.split(",").filter((part) => part.trim() !== "");
        if (parts.length < 2 || parts.length > 6) {
          ctx.addIssue({ code: "custom", message: "name between 2 and 6 texts, separated by commas" });
          return z.NEVER;
        }
        const sides: Side[] = [];
        for (const part of parts) {
          try {
            sides.push(parseSide(part));
          } catch (error) {
            ctx.addIssue({ code: "custom", message: (error as Error).message });
            return z.NEVER;
          }
        }
        return sides;
      }),
    base: sideParam.optional(),
    granularity: z.enum(granularities, { message: `use one of ${granularities.join(", ")}` }).default("word"),
    ignore: z
      .string()
      .optional()
      .transform((value, ctx) => {
        const parts = (value ?? "").split(",").map((p) => p.trim()).filter(Boolean);
        for (const part of parts) {
          if (!(ignorables as readonly string[]).includes(part)) {
            ctx.addIssue({ code: "custom", message: `"${part}" cannot be ignored; use ${ignorables.join(", ")}` });
            return z.NEVER;
          }
        }
        return ignorables.filter((name) => parts.includes(name));
      }),
    only: z.enum(["differences"], { message: 'the only value is "differences"' }).optional(),
    view: z.enum(["columns", "redline"], { message: "use columns or redline" }).default("columns"),
    marks: z.enum(markModes, { message: `use one of ${markModes.join(", ")}` }).default("auto"),
  })
  .superRefine((value, ctx) => {
    if (value.texts) {
      if (value.left || value.right) ctx.addIssue({ code: "custom", path: ["texts"], message: "use either texts= or left= and right=, not both" });
      if (value.base && !value.texts.some((side) => formatSide(side) === formatSide(value.base!))) {
        ctx.addIssue({ code: "custom", path: ["base"], message: "the base must be one of the texts" });
      }
      return;
    }
    if (!value.left) ctx.addIssue({ code: "custom", path: ["left"], message: "name the left text, e.g. left=shanghai-convention-2001:art_1" });
    else if (!value.right) ctx.addIssue({ code: "custom", path: ["right"], message: "name the right text, e.g. right=us-nsct-2003:sec_1__para_2" });
  });

/** The first problem with a compare address, as a parameter name and a message. */
export class CompareParamError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(`${param}: ${message}`);
    this.name = "CompareParamError";
  }
}

/** Read the compare address from its query parameters; throws CompareParamError. */
export function parseCompareParams(query: Record<string, string | string[] | undefined> | URLSearchParams): CompareParams {
  const flat: Record<string, string> = {};
  const entries = query instanceof URLSearchParams ? [...query.entries()] : Object.entries(query);
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    const single = Array.isArray(value) ? value[0] : value;
    if (single !== undefined && !(key in flat)) flat[key] = single;
  }
  const result = schema.safeParse(flat);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new CompareParamError(String(issue.path[0] ?? "query"), issue.message);
  }
  const value = result.data;
  let sides: Side[];
  if (value.texts) {
    sides = [...value.texts];
    if (value.base) {
      const index = sides.findIndex((side) => formatSide(side) === formatSide(value.base!));
      sides.unshift(...sides.splice(index, 1));
    }
  } else sides = [value.left!, value.right!];
  return {
    sides,
    multi: Boolean(value.texts),
    granularity: value.granularity,
    ignore: value.ignore,
    onlyDifferences: value.only === "differences",
    view: value.view,
    marks: value.marks,
  };
}

/** The canonical query string for a comparison: fixed parameter order, defaults left out. */
export function compareQuery(params: CompareParams): string {
  const query = new URLSearchParams();
  if (params.multi) {
    query.set("texts", params.sides.map(formatSide).join(","));
  } else {
    query.set("left", formatSide(params.sides[0]!));
    query.set("right", formatSide(params.sides[1]!));
  }
  if (params.granularity !== "word") query.set("granularity", params.granularity);
  if (params.ignore.length > 0) query.set("ignore", params.ignore.join(","));
  if (params.onlyDifferences) query.set("only", "differences");
  if (params.view !== "columns") query.set("view", params.view);
  if (params.marks !== "auto") query.set("marks", params.marks);
  // Keep ":" "@" and "," readable in links people cite.
  return query.toString().replace(/%3A/g, ":").replace(/%40/g, "@").replace(/%2C/g, ",");
}
