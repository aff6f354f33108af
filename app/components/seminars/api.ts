"use client";

/** POST/PATCH/DELETE JSON to the API; throws an Error with the server's message. */
export async function send<T = unknown>(url: string, method: "POST" | "PATCH" | "DELETE", body?: unknown): Promise<T> {
  const response = await fetch(url, { method, headers: { "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = (await response.json().catch(() => null)) as (T & { error?: { message: string } }) | null;
  if (!response.ok) throw new Error(json?.error?.message ?? `The server answered ${response.status}.`);
  return json as T;
}
