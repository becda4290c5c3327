import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { rateLimits } from "@/lib/db/schema";
import { RateLimitedError } from "@/lib/errors";

export type RateLimitRule = { limit: number; windowSeconds: number };

/**
 * Counts one attempt against `key` in a fixed window kept in Postgres, so the limit holds across
 * every instance. Throws RateLimitedError (with the seconds to wait) once the limit is passed.
 */
export async function consumeRateLimit(executor: Executor, key: string, rule: RateLimitRule, now = new Date()): Promise<void> {
  // Raw SQL parameters: pass timestamps as ISO text with a cast (postgres-js refuses Date objects there).
  const windowStartsAfter = sql`${new Date(now.getTime() - rule.windowSeconds * 1000).toISOString()}::timestamptz`;
  const nowParam = sql`${now.toISOString()}::timestamptz`;
  const [row] = await executor
    .insert(rateLimits)
    .values({ key, windowStart: now, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowStart} <= ${windowStartsAfter} then 1 else ${rateLimits.count} + 1 end`,
        windowStart: sql`case when ${rateLimits.windowStart} <= ${windowStartsAfter} then ${nowParam} else ${rateLimits.windowStart} end`,
      },
    })
    .returning({ count: rateLimits.count, windowStart: rateLimits.windowStart });
  if (row && row.count > rule.limit) {
    const retryAt = row.windowStart.getTime() + rule.windowSeconds * 1000;
    throw new RateLimitedError(Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000)));
  }
}
