import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";

/** A production server on its own port and a fresh database file (scripts/e2e-server.mjs), for benchmarks. */
export async function startServer(port: number, db: string): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(process.execPath, [path.resolve(import.meta.dirname, "../scripts/e2e-server.mjs")], {
    env: { ...process.env, PORT: String(port), SYNOPSIS_DB: db },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return { url, stop: () => child.kill("SIGTERM") };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill("SIGTERM");
  throw new Error("the server did not start within 5 minutes");
}

/**
 * A GET that retries once when the connection was closed under it (after a long pause, such as
 * seeding a database, the server has closed the idle keep-alive socket that fetch reuses).
 */
async function fetchOnce(url: string): Promise<Response> {
  try {
    return await fetch(url);
  } catch {
    return fetch(url);
  }
}

/** Time `n` sequential GETs of a URL after a warm-up; returns the durations in ms. */
export async function timeRequests(url: string, n: number, warmup = 5): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await (await fetchOnce(url)).text();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    const response = await fetch(url);
    await response.text();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return times;
}
