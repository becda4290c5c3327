import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { equalitiesProfiles } from "@/lib/db/schema";
import { NO_ANSWERS } from "@/lib/domain/equalities/questions";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { answerValues } from "./shared/profile-columns";

/**
 * Deletes the person's "about you" answers. If they were once invited to answer, the row stays with
 * only that date (and whether they said "No thanks"), so they are not asked again; otherwise it goes.
 */
export async function deleteAboutYou(user: CurrentUser): Promise<void> {
  await getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `about-you:${user.id}`, { limit: 20, windowSeconds: 600 });
    await tx.delete(equalitiesProfiles).where(and(eq(equalitiesProfiles.userId, user.id), isNull(equalitiesProfiles.askedAt)));
    await tx
      .update(equalitiesProfiles)
      .set({ ...answerValues(NO_ANSWERS), answeredAt: null })
      .where(eq(equalitiesProfiles.userId, user.id));
  });
}
