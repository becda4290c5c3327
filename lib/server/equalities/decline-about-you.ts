import "server-only";
import { sql } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { equalitiesProfiles } from "@/lib/db/schema";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";

/** "No thanks" to the invitation: recorded (the first time only), so the person is never asked again. */
export async function declineAboutYou(user: CurrentUser, now = new Date()): Promise<void> {
  await getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `about-you:${user.id}`, { limit: 20, windowSeconds: 600 });
    const at = sql`${now.toISOString()}::timestamptz`;
    await tx
      .insert(equalitiesProfiles)
      .values({ userId: user.id, askedAt: now, declinedAt: now })
      .onConflictDoUpdate({ target: equalitiesProfiles.userId, set: { askedAt: sql`coalesce(${equalitiesProfiles.askedAt}, ${at})`, declinedAt: sql`coalesce(${equalitiesProfiles.declinedAt}, ${at})` } });
  });
}
