import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { topicFollows, topics } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";

/** Follows a published topic, or stops following it. Returns whether the person now follows it. */
export async function toggleFollow(user: CurrentUser, topicId: string): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `follow:${user.id}`, { limit: 30, windowSeconds: 60 });
    const [topic] = await tx.select({ id: topics.id }).from(topics).where(and(eq(topics.id, topicId), ne(topics.status, "draft")));
    if (!topic) throw new NotFoundError("problems.topic.notFound");
    const added = await tx.insert(topicFollows).values({ topicId, userId: user.id }).onConflictDoNothing().returning({ topicId: topicFollows.topicId });
    if (added.length > 0) return true;
    await tx.delete(topicFollows).where(and(eq(topicFollows.topicId, topicId), eq(topicFollows.userId, user.id)));
    return false;
  });
}
