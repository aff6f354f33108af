import { z } from "zod";
import { codebookId } from "../ids";

export { codebookId };

/** A codebook or a new version of one: a name and 1-60 elements. */
export const codebookInput = z
  .object({
    name: z.string().trim().min(2, "name the codebook").max(120),
    description: z.string().trim().max(2000).default(""),
    elements: z
      .array(
        z
          .object({
            name: z.string().trim().min(1, "every element needs a name").max(120),
            description: z.string().trim().max(1000).default(""),
            code: z
              .string()
              .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "a code is lower-case letters, digits and hyphens")
              .optional(),
          })
          .strict(),
      )
      .min(1, "a codebook has at least one element")
      .max(60, "a codebook has at most 60 elements"),
  })
  .strict();
