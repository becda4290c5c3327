import "server-only";
import { and, asc, desc, eq, gt, inArray, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/lib/db/client";
import { commentFlags, comments, topics, users } from "@/lib/db/schema";

export const QUEUE_VIEWS = ["waiting", "flagged", "removed"] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];
const QUEUE_PAGE_SIZE = 100;

const parent = alias(comments, "parent");

function viewFilter(view: QueueView): SQL | undefined {
  if (view === "waiting") return eq(comments.status, "held");
  if (view === "flagged") return and(eq(comments.status, "published"), gt(comments.flagCount, 0));
  return inArray(comments.status, ["rejected", "hidden"]);
}

/** The moderation queue: each comment with its topic, the comment it replies to, and the reports. */
export async function listModerationQueue(options: { view: QueueView; topicId?: string }) {
  const db = getDb();
  const rows = await db
    .select({
      id: comments.id,
      body: comments.body,
      status: comments.status,
      holdReason: comments.holdReason,
      removalReason: comments.removalReason,
      moderatorNote: comments.moderatorNote,
      flagCount: comments.flagCount,
      createdAt: comments.createdAt,
      topicTitle: topics.title,
      topicSlug: topics.slug,
      authorName: users.name,
      authorEmail: users.email,
      parentBody: parent.body,
    })
    .from(comments)
    .innerJoin(topics, eq(topics.id, comments.topicId))
    .leftJoin(users, eq(users.id, comments.authorId))
    .leftJoin(parent, eq(parent.id, comments.parentId))
    .where(and(viewFilter(options.view), options.topicId ? eq(comments.topicId, options.topicId) : undefined))
    .orderBy(options.view === "removed" ? desc(comments.moderatedAt) : asc(comments.createdAt))
    .limit(QUEUE_PAGE_SIZE);
  const ids = rows.map((row) => row.id);
  const flags = ids.length
    ? await db
        .select({ commentId: commentFlags.commentId, reason: commentFlags.reason, total: sql<number>`count(*)::int` })
        .from(commentFlags)
        .where(inArray(commentFlags.commentId, ids))
        .groupBy(commentFlags.commentId, commentFlags.reason)
    : [];
  return rows.map((row) => ({ ...row, flags: flags.filter((flag) => flag.commentId === row.id).map(({ reason, total }) => ({ reason, total })) }));
}

/** How many comments wait for a decision: held, and published but reported. */
export async function countModerationQueue(): Promise<{ waiting: number; flagged: number }> {
  const db = getDb();
  const [waiting, flagged] = await Promise.all(
    (["waiting", "flagged"] as const).map(async (view) => {
      const [row] = await db.select({ total: sql<number>`count(*)::int` }).from(comments).where(viewFilter(view));
      return row?.total ?? 0;
    }),
  );
  return { waiting: waiting ?? 0, flagged: flagged ?? 0 };
}
