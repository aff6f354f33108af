import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { databasePath } from "./client";

/**
 * The secret that signs sessions: `BETTER_AUTH_SECRET`, or one generated on first start and kept
 * beside the database (git-ignored), so that a fresh install needs no configuration and a
 * restart keeps everyone signed in.
 */
function secretFile(): string {
  return path.join(path.dirname(databasePath()), "auth-secret");
}

/** Create the secret file if there is no secret yet (run by the start-up step). */
export function ensureAuthSecret(): void {
  if (process.env.BETTER_AUTH_SECRET) return;
  const file = secretFile();
  if (existsSync(file)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
}

/** The secret, from the environment or the file. */
export function readAuthSecret(): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const file = secretFile();
  if (!existsSync(file)) ensureAuthSecret();
  return readFileSync(file, "utf8").trim();
}
