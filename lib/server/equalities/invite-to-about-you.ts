import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { can } from "@/lib/domain/access/policy";
import { getDb } from "@/lib/db/client";
import { equalitiesProfiles } from "@/lib/db/schema";

/**
 * After a person's comment or survey response: whether to invite them to answer the "about you"
 * questions. True once only, ever (the first time, recorded as when they were asked); false for
 * staff and for anyone who was asked before or has answered already, from their profile.
 */
export async function inviteToAboutYou(user: CurrentUser, now = new Date()): Promise<boolean> {
  if (!can(user.role, "equalities:invited")) return false;
  const invited = await getDb().insert(equalitiesProfiles).values({ userId: user.id, askedAt: now }).onConflictDoNothing().returning({ userId: equalitiesProfiles.userId });
  return invited.length > 0;
}
