import "server-only";
import { headers } from "next/headers";

/**
 * The site's origin as the browser reached it ("https://synopsis.example.org"), for links shown
 * as text (a join link, a handout's address): the proxy's X-Forwarded-Host and -Proto when set,
 * else the Host header over http; "" when the request names no host.
 */
export async function requestOrigin(): Promise<string> {
  const request = await headers();
  const first = (name: string) => request.get(name)?.split(",")[0]?.trim() || null;
  const host = first("x-forwarded-host") ?? first("host");
  return host ? `${first("x-forwarded-proto") ?? "http"}://${host}` : "";
}
