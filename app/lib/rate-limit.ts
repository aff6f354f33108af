import "server-only";
import { getDb } from "@/db/client";
import { hitRate, peekRate, type RateState } from "@/db/queries/rate-limits";

/**
 * Rate limits shared between requests. This implementation keeps its counters in the database,
 * so several app servers share them; a Redis-backed one would implement the same interface.
 */
export interface RateLimiter {
  /** Count a hit; returns the count in the current window. */
  hit(key: string, windowSeconds: number): Promise<RateState>;
  /** The current count, without counting. */
  peek(key: string, windowSeconds: number): Promise<RateState>;
}

const databaseLimiter: RateLimiter = {
  hit: async (key, windowSeconds) => hitRate(getDb(), key, windowSeconds),
  peek: async (key, windowSeconds) => peekRate(getDb(), key, windowSeconds),
};

/** The rate limiter of this deployment. */
export function getRateLimiter(): RateLimiter {
  return databaseLimiter;
}
