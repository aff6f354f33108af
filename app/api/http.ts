import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { MAX_BODY_BYTES } from "@/lib/annotations/body";

/**
 * One error type for the JSON API: a status, a stable code and a message a person can act on.
 * Every route answers errors as `{ "error": { "code", "message" } }` and never leaks database
 * detail; anything unexpected is logged and answered as a plain 500.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** 404 with a message naming what was not found. */
export function notFoundError(what: string): ApiError {
  return new ApiError(404, "not_found", `${what} was not found`);
}

/** The JSON body of an error. */
export function errorResponse(status: number, code: string, message: string): NextResponse {
  return NextResponse.json({ error: { code, message } }, { status });
}

/** Validate route or query parameters; a failure is a 400 that names the parameter. */
export function parseParams<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = issue.path.join(".") || "parameters";
    throw new ApiError(400, "invalid_parameter", `${name}: ${issue.message}`);
  }
  return result.data;
}

/** Requests larger than this are refused before parsing (a comment body's limit plus room for the rest). */
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

/** Read a JSON request body and validate it (the errors of `readJson`, then of `parseParams`). */
export async function readInput<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  return parseParams(schema, await readJson(request));
}

/** A file to download. A CSV starts with a byte-order mark, so that spreadsheet programs read it as UTF-8. */
export function attachment(body: string, filename: string, type: string): Response {
  return new Response(type.startsWith("text/csv") ? `\ufeff${body}` : body, { headers: { "Content-Type": type, "Content-Disposition": `attachment; filename="${filename}"` } });
}

type Handler<C> = (request: Request, context: C) => Promise<Response> | Response;

/** Wrap a route handler so that every thrown error becomes the JSON error shape. */
export function route<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error.status, error.code, error.message);
      console.error(error);
      return errorResponse(500, "internal_error", "Something went wrong on the server; the request was not completed.");
    }
  };
}
