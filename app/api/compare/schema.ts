import { z } from "zod";

/**
 * The compare API's response shape (its query parameters are those of /compare, validated by
 * lib/compare/params.ts). Types of the route are inferred from these.
 */

const range = z.object({ from: z.number().int(), to: z.number().int() });

export const segmentSchema = z.object({
  op: z.enum(["equal", "insert", "delete", "move"]),
  text: z.string(),
  left: range.optional(),
  right: range.optional(),
  side: z.enum(["left", "right"]).optional(),
  moveId: z.number().int().optional(),
});

export const statsSchema = z.object({
  similarity: z.number(),
  wordsAdded: z.number().int(),
  wordsRemoved: z.number().int(),
  wordsMoved: z.number().int(),
  wordsEqual: z.number().int(),
});

const provisionRef = z.object({ document: z.string(), edition: z.string(), id: z.string(), label: z.string(), text: z.string() });

export const rowSchema = z.object({
  index: z.number().int(),
  left: provisionRef.nullable(),
  right: provisionRef.nullable(),
  alignment: z.object({
    kind: z.enum(["equivalent", "partial", "related", "same-id", "chosen"]),
    source: z.enum(["provision-id", "crosswalk", "chosen"]),
    note: z.string().nullable(),
    curatedBy: z.string().nullable(),
  }),
  diff: z.object({
    granularity: z.enum(["char", "word", "sentence", "whole"]),
    fallback: z.object({ from: z.string(), to: z.string(), reason: z.string() }).nullable(),
    segments: z.array(segmentSchema),
  }),
  stats: statsSchema,
});

const sideSchema = z.object({ document: z.string(), edition: z.string(), provision: z.string().nullable(), title: z.string(), completeness: z.enum(["full", "excerpt"]) });

export const pairSchema = z.object({ left: sideSchema, right: sideSchema, rows: z.array(rowSchema), stats: statsSchema, skipped: z.number().int() });

export const compareResponse = z.object({
  options: z.object({ granularity: z.string(), ignore: z.array(z.string()), onlyDifferences: z.boolean() }),
  /** The base text first, then each other text. */
  texts: z.array(sideSchema),
  /** The base against each other text (one pair for left/right). */
  comparisons: z.array(pairSchema),
});
export type CompareResponse = z.infer<typeof compareResponse>;
