/**
 * The browser's calls to the app's JSON API. An error answer becomes an ApiRequestError carrying
 * the HTTP status and the server's message (or "The server answered N." when it gave none).
 */

/** An error answer from the API. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

async function answer<T>(response: Response): Promise<T> {
  const json = (await response.json().catch(() => null)) as (T & { error?: { message?: string } }) | null;
  if (!response.ok) throw new ApiRequestError(response.status, json?.error?.message ?? `The server answered ${response.status}.`);
  return json as T;
}

/** GET JSON from the API; throws ApiRequestError on an error answer. */
export async function get<T>(url: string, init?: { signal?: AbortSignal }): Promise<T> {
  return answer<T>(await fetch(url, init));
}

/** POST/PATCH/DELETE JSON to the API; throws ApiRequestError on an error answer. */
export async function send<T = unknown>(url: string, method: "POST" | "PATCH" | "DELETE", body?: unknown): Promise<T> {
  return answer<T>(await fetch(url, { method, headers: { "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) }));
}
