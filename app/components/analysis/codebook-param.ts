import { codebookId } from "@/app/api/codebooks/schema";
import { DEFAULT_CODEBOOK_ID } from "@/db/codebooks";

/**
 * The codebook a page's `?codebook=` names: the id when it is one well-formed id, else the
 * default codebook (also when the parameter is repeated).
 */
export function codebookParam(value: string | string[] | undefined): string {
  if (value === undefined) return DEFAULT_CODEBOOK_ID;
  const parsed = codebookId.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_CODEBOOK_ID;
}
