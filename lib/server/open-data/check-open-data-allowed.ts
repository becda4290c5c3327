import "server-only";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";

/**
 * Counts one open data request against its network address (OPEN_DATA_RATE_LIMIT a minute, counted
 * in Postgres so every instance shares it); throws RateLimitedError with the seconds to wait once
 * the limit is passed. The address keys the count only: it is never stored with anything else.
 */
export async function checkOpenDataAllowed(ip: string, now = new Date()): Promise<void> {
  await consumeRateLimit(getDb(), `open-data:ip:${ip}`, { limit: env.OPEN_DATA_RATE_LIMIT, windowSeconds: 60 }, now);
}
