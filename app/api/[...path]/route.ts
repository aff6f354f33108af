import { errorResponse } from "@/app/api/http";

/** Any other /api address: a JSON 404, never an HTML page. */
function notFound(request: Request) {
  return errorResponse(404, "not_found", `No API endpoint at ${new URL(request.url).pathname}`);
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
