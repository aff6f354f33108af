import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { rateCounters } from "../schema";

/** A counter's state: how many hits in the current window, and seconds until it resets. */
export interface RateState {
  count: number;
  retryAfter: number;
}

/** Count one hit of `key` in a fixed window of `windowSeconds`; returns the new state. */
export function hitRate(db: Db, key: string, windowSeconds: number, now = Date.now()): RateState {
  const windowStart = now - (now % (windowSeconds * 1000));
  const row = db
    .insert(rateCounters)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: rateCounters.key,
      set: {
        count: sql`case when ${rateCounters.windowStart} = ${windowStart} then ${rateCounters.count} + 1 else 1 end`,
        windowStart,
      },
    })
    .returning({ count: rateCounters.count })
    .get();
  return { count: row.count, retryAfter: Math.ceil((windowStart + windowSeconds * 1000 - now) / 1000) };
}

/** The state of `key` without counting a hit. */
export function peekRate(db: Db, key: string, windowSeconds: number, now = Date.now()): RateState {
  const windowStart = now - (now % (windowSeconds * 1000));
  const row = db.select().from(rateCounters).where(eq(rateCounters.key, key)).get();
  const count = row && row.windowStart === windowStart ? row.count : 0;
  return { count, retryAfter: Math.ceil((windowStart + windowSeconds * 1000 - now) / 1000) };
}
