import { z } from "zod";
import { compareQuery, parseCompareParams, parseSide } from "@/lib/compare/params";
import { assignmentId, seminarId } from "../ids";

/** Request shapes of the seminars API; route types are inferred from these. */

export { assignmentId, seminarId };
export const userId = z.string().min(1).max(100);

const text = (max: number, name: string) => z.string().trim().max(max, `${name} has at most ${max} characters`);

export const createSeminarInput = z
  .object({
    name: text(120, "the name").min(2, "name the seminar (at least 2 characters)"),
    description: text(2000, "the description").default(""),
    term: text(60, "the term").default(""),
  })
  .strict();

export const updateSeminarInput = z
  .object({
    name: text(120, "the name").min(2, "name the seminar (at least 2 characters)").optional(),
    description: text(2000, "the description").optional(),
    term: text(60, "the term").optional(),
    joining: z.enum(["on", "off"], { message: 'joining is "on" or "off"' }).optional(),
    newCode: z.literal(true).optional(),
  })
  .strict();

export const joinInput = z.object({ code: z.string().trim().min(4, "write the join code").max(40) }).strict();

export const memberChange = z.object({ role: z.literal("instructor", { message: 'role can only become "instructor"' }) }).strict();

/** A /compare address or its query string, made canonical (so that it reproduces the view). */
const comparison = z.string().transform((value, ctx) => {
  const query = value.includes("?") ? value.slice(value.indexOf("?") + 1) : value;
  try {
    return compareQuery(parseCompareParams(new URLSearchParams(query)));
  } catch (error) {
    ctx.addIssue({ code: "custom", message: `not a comparison: ${(error as Error).message}` });
    return z.NEVER;
  }
});

const side = z.string().transform((value, ctx) => {
  try {
    const parsed = parseSide(value);
    if (!parsed.provision) throw new RangeError("name a provision: {document}[@{edition}]:{provision}");
    return value.trim();
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
    return z.NEVER;
  }
});

const isoDate = z.iso.datetime({ offset: true, message: "use an ISO date and time, e.g. 2026-12-01T09:00:00Z" });

/** What an assignment asks for; every field may be changed later. */
const assignmentFields = z
  .object({
    title: text(160, "the title").min(2, "give the assignment a title"),
    prompt: z.unknown(),
    compare: comparison.optional(),
    provisions: z.array(side).min(1).max(20).optional(),
    opensAt: isoDate,
    dueAt: isoDate,
    peersAfterPosting: z.boolean(),
  })
  .strict();

/** The message when an assignment would be due before it opens (at creation or after a change). */
export const DUE_AFTER_OPENING = "the due date comes after the opening date";

export const createAssignmentInput = assignmentFields
  // The default belongs to creation only: a change that leaves it out keeps the stored value.
  .extend({ peersAfterPosting: z.boolean().default(false) })
  .refine((a) => (a.compare === undefined) !== (a.provisions === undefined), { message: "set what to read: a comparison (compare) or a list of provisions (provisions)", path: ["compare"] })
  .refine((a) => new Date(a.dueAt) > new Date(a.opensAt), { message: DUE_AFTER_OPENING, path: ["dueAt"] });
export type CreateAssignmentInput = z.infer<typeof createAssignmentInput>;

export const updateAssignmentInput = assignmentFields
  .partial()
  .refine((a) => !(a.compare !== undefined && a.provisions !== undefined), { message: "a comparison or a list of provisions, not both", path: ["compare"] });
export type UpdateAssignmentInput = z.infer<typeof updateAssignmentInput>;
