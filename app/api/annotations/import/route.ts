import { NextResponse } from "next/server";
import { ApiError, readJson, route } from "@/app/api/http";
import { requireUser } from "@/app/lib/auth";
import { importNotesFor } from "@/app/lib/notes";
import { fromJsonLd, JsonLdError } from "@/lib/annotations/export";

export const dynamic = "force-dynamic";

const MAX_IMPORT_BYTES = 8 * 1024 * 1024;
const MAX_IMPORT_NOTES = 5_000;

/**
 * POST /api/annotations/import with a W3C AnnotationCollection (as exported): the notes become
 * yours; notes already here (same id) are skipped, so a second import changes nothing.
 */
export const POST = route(async (request: Request) => {
  const user = await requireUser(request, "Sign in to import notes.");
  const json = await readJson(request, MAX_IMPORT_BYTES);
  let records;
  try {
    records = fromJsonLd(json, {});
  } catch (error) {
    if (error instanceof JsonLdError) throw new ApiError(400, "invalid_annotation", `${error.field}: ${error.message}`);
    throw error;
  }
  if (records.length > MAX_IMPORT_NOTES) throw new ApiError(413, "too_large", `At most ${MAX_IMPORT_NOTES} notes can be imported at once.`);
  return NextResponse.json(importNotesFor(user.id, records));
});
