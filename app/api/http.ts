import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";

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
