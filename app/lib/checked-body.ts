import "server-only";
import { ApiError } from "@/app/api/http";
import { BodyError, BodyTooLargeError, validateBody } from "@/lib/annotations/body";
import type { BodyJson } from "@/lib/annotations/types";

/**
 * A comment-schema document sent by a client (a note's body, an assignment's prompt), checked and
 * as stored: 413 when too large, 400 naming the offending part under `field` otherwise. Only a
 * coding's body may be empty (`allowEmpty`).
 */
export function checkedBody(json: unknown, { field = "body", allowEmpty = false }: { field?: string; allowEmpty?: boolean } = {}): { body: BodyJson; text: string } {
  try {
    const { doc, text } = validateBody(json, { allowEmpty });
    return { body: doc.toJSON() as BodyJson, text };
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new ApiError(413, "too_large", error.message);
    // validateBody names the part from "body" on ("body.content[0]…").
    if (error instanceof BodyError) throw new ApiError(400, "invalid_body", `${field}${error.field.replace(/^body/, "")}: ${error.message}`);
    throw error;
  }
}
