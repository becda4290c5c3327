import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { topicFollows } from "@/lib/db/schema";

export async function isFollowing(topicId: string, userId: string): Promise<boolean> {
  const rows = await getDb()
    .select({ topicId: topicFollows.topicId })
    .from(topicFollows)
    .where(and(eq(topicFollows.topicId, topicId), eq(topicFollows.userId, userId)));
  return rows.length > 0;
}
