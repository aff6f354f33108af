import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { mkdirSync } from "node:fs";
import path from "node:path";
import * as schema from "./schema";

/** The database handle every query function takes. */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The database file: `SYNOPSIS_DB`, or `data/synopsis.sqlite` under the app's folder. */
export function databasePath(setting = process.env.SYNOPSIS_DB): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), setting && setting.trim() ? setting : "data/synopsis.sqlite");
}

/** Open (creating if needed) a database file with WAL journaling and foreign keys on. */
export function openDb(file = databasePath()): Db {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  return drizzle(sqlite, { schema }) as Db;
}

/** Apply the committed drizzle migrations (a no-op when the file is up to date). */
export function migrateDb(db: Db): void {
  migrate(db, { migrationsFolder: path.resolve(/*turbopackIgnore: true*/ process.cwd(), "drizzle") });
}

const shared = globalThis as unknown as { synopsisDb?: Db };

/**
 * The process's connection, opened on first use. A SQLite connection belongs to one process;
 * nothing shared between requests is kept here beyond the handle itself.
 */
export function getDb(): Db {
  shared.synopsisDb ??= openDb();
  return shared.synopsisDb;
}
