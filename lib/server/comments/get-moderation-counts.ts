import "server-only";
import { and, count, eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { comments } from "@/lib/db/schema";
import type { REMOVAL_REASONS } from "@/lib/validations/comment";

type RemovalReason = (typeof REMOVAL_REASONS)[number];

export type ModerationCounts = { published: number; held: number; removed: { reason: RemovalReason; total: number }[] };

/** The public record of a topic's moderation: what is published, waiting and removed, and why. */
export async function getModerationCounts(topicId: string): Promise<ModerationCounts> {
  const db = getDb();
  const [byStatus, removed] = await Promise.all([
    db.select({ status: comments.status, total: count() }).from(comments).where(eq(comments.topicId, topicId)).groupBy(comments.status),
    db
      .select({ reason: comments.removalReason, total: count() })
      .from(comments)
      .where(and(eq(comments.topicId, topicId), inArray(comments.status, ["rejected", "hidden"])))
      .groupBy(comments.removalReason),
  ]);
  const statusTotal = (status: string) => byStatus.find((row) => row.status === status)?.total ?? 0;
  return {
    published: statusTotal("published"),
    held: statusTotal("held"),
    removed: removed.map((row) => ({ reason: row.reason ?? "other", total: row.total })).sort((a, b) => b.total - a.total),
  };
}
