import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Pair, type YAMLMap } from "yaml";
import { z } from "zod";
import { CorpusError } from "../corpus/types";
import { assertFlatList, formatProvisionRef, parseProvisionRef, type AlignedRow, type AlignProvision, type CrosswalkEntry, type ProvisionRef } from "./types";

/**
 * Crosswalks: curated pairs of provisions of two different documents (the Convention's
 * definition of terrorism and the Strategy's, say), read from YAML files and turned into rows.
 */

/** The alignment kinds a crosswalk entry may give, strongest first. */
export const alignmentKinds = ["equivalent", "partial", "related"] as const;

const FIELDS = ["left", "right", "kind", "note", "source"] as const;

const refSchema = z.string().transform((text, ctx) => {
  try {
    return parseProvisionRef(text);
  } catch {
    ctx.addIssue({ code: "custom", message: "must be {document}:{provisionId}, e.g. shanghai-convention-2001:art_1__para_1" });
    return z.NEVER;
  }
});
const textSchema = z.string().trim().min(1, "must not be empty");

/** One entry of a crosswalk file: refs written as `{document}:{provisionId}`, read into ProvisionRefs. */
export const crosswalkEntrySchema = z.strictObject({
  left: refSchema,
  right: refSchema,
  kind: z.enum(alignmentKinds, { error: `must be one of ${alignmentKinds.join(", ")}` }),
  note: textSchema,
  source: textSchema,
});

/**
 * A problem in a crosswalk file. The message says what is wrong, naming the entry and the field
 * ("entry 3, kind: must be one of ..."); `describe()` puts the file and line in front.
 */
export class CrosswalkError extends CorpusError {
  constructor(
    problem: string,
    line: number,
    file: string,
    /** The entry's field at fault, when one is. */
    readonly field?: string,
  ) {
    super(problem, line, file);
    this.name = "CrosswalkError";
  }
}

/**
 * Read a crosswalk file: a YAML list of entries with `left` and `right` (`{document}:{provisionId}`,
 * two different documents), `kind` (equivalent | partial | related), and non-empty `note` and
 * `source`. An empty file is an empty crosswalk. Throws a CrosswalkError naming the file, the
 * entry's line and the field, also for a pair listed twice (in either direction).
 */
export function parseCrosswalk(yamlText: string, fileName: string): CrosswalkEntry[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined): number => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const fail = (problem: string, line: number, field?: string): CrosswalkError => new CrosswalkError(problem, line, fileName, field);

  const syntax = doc.errors[0];
  if (syntax) throw fail(`not valid YAML: ${syntax.message.split("\n")[0]}`, lineAt(syntax.pos[0]));
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return [];
  if (!isSeq(contents)) throw fail("a crosswalk file is a YAML list of entries (each item starting with '- left:')", lineAt(contents.range?.[0]));

  const entries: CrosswalkEntry[] = [];
  const seen = new Map<string, number>();
  contents.items.forEach((item, index) => {
    const number = index + 1;
    const node = item as { range?: [number, number, number] } | null;
    const line = lineAt(node?.range?.[0]);
    if (!isMap(item)) throw fail(`entry ${number} is not a mapping with ${FIELDS.join(", ")}`, line);
    const map = item;
    const raw = map.toJSON() as Record<string, unknown>;
    const result = crosswalkEntrySchema.safeParse(raw);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const key = issue.code === "unrecognized_keys" ? issue.keys[0] : issue.path[0];
      const field = typeof key === "string" ? key : undefined;
      const message =
        issue.code === "unrecognized_keys"
          ? `is not a crosswalk field (use ${FIELDS.join(", ")})`
          : field !== undefined && raw[field] === undefined
            ? "is missing"
            : issue.message;
      throw fail(`entry ${number}, ${field ?? "(entry)"}: ${message}`, field ? fieldLine(map, field, lineAt) ?? line : line, field);
    }
    const { left, right, kind, note, source } = result.data;
    if (left.document === right.document) {
      throw fail(
        `entry ${number}, right: names the same document as left (${left.document}); a crosswalk pairs two documents, editions of one document are aligned by provision id`,
        fieldLine(map, "right", lineAt) ?? line,
        "right",
      );
    }
    const key = pairKey(left, right);
    const earlier = seen.get(key);
    if (earlier !== undefined) throw fail(`entry ${number} pairs ${formatProvisionRef(left)} and ${formatProvisionRef(right)} again (first at line ${earlier})`, line, "left");
    seen.set(key, line);
    entries.push({ left, right, kind, note, source, line });
  });
  return entries;
}

/**
 * The crosswalk rows between two documents' provision lists (each in flattened document order):
 * one row per entry that pairs a provision of one with a provision of the other, either way round
 * (an entry written right-to-left is used swapped). Entries whose provision is missing from these
 * lists come back in `skipped`, turned so that `left` is the left document's provision. Rows are
 * sorted by the left provision's document order, then the right's; all stand for subtrees.
 */
export function alignThroughCrosswalk(
  leftDoc: string,
  left: readonly AlignProvision[],
  rightDoc: string,
  right: readonly AlignProvision[],
  entries: readonly CrosswalkEntry[],
): { rows: AlignedRow[]; skipped: CrosswalkEntry[] } {
  if (leftDoc === rightDoc) throw new RangeError(`alignThroughCrosswalk needs two different documents, got "${leftDoc}" twice; use alignByProvisionId`);
  assertFlatList(left, `${leftDoc} provisions`);
  assertFlatList(right, `${rightDoc} provisions`);
  const leftIndex = new Map(left.map((p, i) => [p.id, i]));
  const rightIndex = new Map(right.map((p, i) => [p.id, i]));
  const found: { row: AlignedRow; l: number; r: number }[] = [];
  const skipped: CrosswalkEntry[] = [];
  const used = new Set<string>();
  for (const entry of entries) {
    const oriented = orient(entry, leftDoc, rightDoc);
    if (!oriented) continue;
    const key = pairKey(oriented.left, oriented.right);
    if (used.has(key)) continue;
    used.add(key);
    const l = leftIndex.get(oriented.left.provision);
    const r = rightIndex.get(oriented.right.provision);
    if (l === undefined || r === undefined) {
      skipped.push(oriented);
      continue;
    }
    found.push({ row: crosswalkRow(left[l]!, right[r]!, oriented), l, r });
  }
  found.sort((a, b) => a.l - b.l || a.r - b.r);
  return { rows: found.map((f) => f.row), skipped };
}

/**
 * The curated partners of one provision: every entry that names it, on either side, turned so
 * that the given provision is on the left. Kept in the order of `entries`.
 */
export function entriesFor(ref: ProvisionRef, entries: readonly CrosswalkEntry[]): CrosswalkEntry[] {
  const out: CrosswalkEntry[] = [];
  for (const entry of entries) {
    if (sameRef(entry.left, ref)) out.push(entry);
    else if (sameRef(entry.right, ref)) out.push(swap(entry));
  }
  return out;
}

/** The row a crosswalk entry gives for two provisions (already turned to match the sides). */
function crosswalkRow(left: AlignProvision, right: AlignProvision, entry: CrosswalkEntry): AlignedRow {
  return { left, right, kind: entry.kind, source: "crosswalk", note: entry.note, alignmentSource: entry.source, subtree: true };
}

/** The entry turned so that its left names `leftDoc` and its right `rightDoc`, or null when it does not pair them. */
function orient(entry: CrosswalkEntry, leftDoc: string, rightDoc: string): CrosswalkEntry | null {
  if (entry.left.document === leftDoc && entry.right.document === rightDoc) return entry;
  if (entry.left.document === rightDoc && entry.right.document === leftDoc) return swap(entry);
  return null;
}

function swap(entry: CrosswalkEntry): CrosswalkEntry {
  return { ...entry, left: entry.right, right: entry.left };
}

function sameRef(a: ProvisionRef, b: ProvisionRef): boolean {
  return a.document === b.document && a.provision === b.provision;
}

/** A key that is the same for a pair in either direction, for finding a pair listed twice. */
export function pairKey(a: ProvisionRef, b: ProvisionRef): string {
  return [formatProvisionRef(a), formatProvisionRef(b)].sort().join(" ");
}

function fieldLine(map: YAMLMap<unknown, unknown>, field: string, lineAt: (offset: number | undefined) => number): number | undefined {
  const pair = (map.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === field);
  if (!pair) return undefined;
  const value = pair.value as { range?: [number, number, number] } | null;
  const key = pair.key as { range?: [number, number, number] };
  return lineAt(value?.range?.[0] ?? key.range?.[0]);
}
