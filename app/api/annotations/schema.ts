import { z } from "zod";
import { assignmentId, noteId, provisionId, seminarId, slugId } from "../ids";

/** Request shapes of the notes API; route types are inferred from these. */

export { noteId };

const slug = slugId("must be a lower-case id");
const tag = z
  .string()
  .trim()
  .min(1, "a tag cannot be empty")
  .max(40, "a tag has at most 40 characters")
  .regex(/^[^\s,][^,]*$/, "a tag cannot contain commas");
const tags = z.array(tag).max(20, "at most 20 tags");
const visibility = z.enum(["private", "public", "seminar"], { message: 'visibility is "private", "public" or "seminar"' });

/** A passage to annotate: a range of one provision's own text in one edition. */
export const targetInput = z
  .object({
    document: slug,
    edition: slug,
    provision: provisionId,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
  })
  .strict()
  .refine((t) => t.end > t.start, { message: "end must come after start", path: ["end"] });

export const createNoteInput = z
  .object({
    body: z.unknown().optional(),
    tags: tags.default([]),
    visibility: visibility.optional(),
    seminarId: seminarId.optional(),
    assignmentId: assignmentId.optional(),
    inReplyTo: noteId.optional(),
    targets: z.array(targetInput).max(4, "a note can be about at most 4 passages").default([]),
    /** A coding: the codebook and the elements found in the passage (the comment is then optional). */
    codes: z
      .object({
        codebook: z.string().min(1).max(100),
        elements: z.array(z.string().min(1).max(60)).min(1, "choose at least one element").max(60),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((n) => !(n.codes && n.inReplyTo), { message: "a reply cannot code a passage", path: ["codes"] })
  .refine((n) => n.body !== undefined || n.codes !== undefined, { message: "write the note's body", path: ["body"] })
  .refine((n) => (n.inReplyTo ? n.targets.length === 0 : n.targets.length > 0), {
    message: "a note needs at least one passage (targets); a reply (inReplyTo) has none",
    path: ["targets"],
  })
  .refine((n) => n.visibility !== "seminar" || n.seminarId !== undefined || n.assignmentId !== undefined, {
    message: "a seminar note names its seminar (seminarId) or assignment (assignmentId)",
    path: ["seminarId"],
  });
export type CreateNoteInput = z.infer<typeof createNoteInput>;

export const updateNoteInput = z
  .object({
    version: z.number().int().min(1, "version is the version you edited"),
    body: z.unknown().optional(),
    tags: tags.optional(),
    visibility: visibility.optional(),
    seminarId: seminarId.optional(),
  })
  .strict();
export type UpdateNoteInput = z.infer<typeof updateNoteInput>;

export const deleteNoteQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

export const listQuery = z
  .object({
    document: slug.optional(),
    edition: slug.optional(),
    provision: provisionId.optional(),
    author: z.string().min(1).max(100).optional(),
    tag: tag.optional(),
    assignment: assignmentId.optional(),
  })
  .strict();
