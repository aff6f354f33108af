import { z } from "zod";
import { documentId, editionId } from "../ids";

/** Query parameters of GET /api/search and of the /search page. */
export const searchQuery = z.object({
  q: z.string().max(500, "a search has at most 500 characters"),
  document: documentId.optional(),
  edition: editionId.optional(),
  kind: z.enum(["all", "text", "notes"], { message: "kind is all, text or notes" }).default("all"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
