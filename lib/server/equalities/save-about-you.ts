import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { equalitiesProfiles } from "@/lib/db/schema";
import { hasAnyAnswer, type EqualitiesAnswers } from "@/lib/domain/equalities/questions";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { answerValues } from "./shared/profile-columns";

/**
 * Saves the person's "about you" answers, replacing any they gave before (a question left blank is
 * stored as not answered). A form with every question left blank saves nothing: `false`.
 */
export async function saveAboutYou(user: CurrentUser, answers: EqualitiesAnswers, now = new Date()): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `about-you:${user.id}`, { limit: 20, windowSeconds: 600 });
    if (!hasAnyAnswer(answers)) return false;
    const values = { ...answerValues(answers), answeredAt: now };
    await tx
      .insert(equalitiesProfiles)
      .values({ userId: user.id, ...values })
      .onConflictDoUpdate({ target: equalitiesProfiles.userId, set: values });
    return true;
  });
}
