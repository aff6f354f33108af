import "server-only";
import { ApiError } from "@/app/api/http";
import { MAX_BODY_BYTES } from "@/lib/annotations/body";

/** Requests larger than this are refused before parsing (the body limit plus room for the rest). */
export const MAX_REQUEST_BYTES = MAX_BODY_BYTES + 16_384;

/** Read a JSON request body: 413 when too large, 400 when not JSON. */
export async function readJson(request: Request, limit = MAX_REQUEST_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) throw new ApiError(413, "too_large", `The request is ${declared} bytes; the limit is ${limit}.`);
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > limit) throw new ApiError(413, "too_large", `The request is larger than ${limit} bytes.`);
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, "invalid_json", "The request body is not valid JSON.");
  }
}
