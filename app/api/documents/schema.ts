import { z } from "zod";
import { provisionId, slugId } from "../ids";

/** Parameters and response shapes of the documents API; route types are inferred from these. */

const slug = slugId("must be a lower-case id such as shanghai-convention-2001");

export const documentParams = z.object({ doc: slug });
export const editionParams = documentParams.extend({ edition: slug });
export const provisionParams = editionParams.extend({ provisionId });

const markSchema = z.object({ type: z.enum(["em", "strong"]), from: z.number().int(), to: z.number().int() });

export const editionSchema = z.object({
  id: z.string(),
  language: z.string(),
  title: z.string(),
  completeness: z.enum(["full", "excerpt"]),
  summary: z.string(),
  preferred: z.boolean(),
  source: z.object({ citation: z.string(), file: z.string().nullable(), lines: z.string().nullable(), url: z.string().nullable() }),
  licence: z.string(),
  notes: z.string().nullable(),
});

export const documentSchema = z.object({
  id: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  type: z.string(),
  adopted: z.object({ date: z.string(), place: z.string().nullable() }),
  inForce: z.string().nullable(),
  parties: z.array(z.string()),
  languages: z.array(z.string()),
  citation: z.string(),
  editions: z.array(editionSchema),
});

export type ProvisionJson = {
  id: string;
  kind: string;
  num: string | null;
  label: string;
  heading: string | null;
  text: string;
  marks: z.infer<typeof markSchema>[];
  children: ProvisionJson[];
};

export const provisionSchema: z.ZodType<ProvisionJson> = z.lazy(() =>
  z.object({
    id: z.string(),
    kind: z.string(),
    num: z.string().nullable(),
    label: z.string(),
    heading: z.string().nullable(),
    text: z.string(),
    marks: z.array(markSchema),
    children: z.array(provisionSchema),
  }),
);

export const documentListResponse = z.object({ documents: z.array(documentSchema) });
export const documentResponse = z.object({ document: documentSchema });
export const provisionTreeResponse = z.object({ document: z.string(), edition: z.string(), provisions: z.array(provisionSchema) });
export const provisionResponse = z.object({ document: z.string(), edition: z.string(), provision: provisionSchema });

export type DocumentJson = z.infer<typeof documentSchema>;
