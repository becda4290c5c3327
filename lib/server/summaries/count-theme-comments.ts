import "server-only";
import { and, eq, gte, lt, ne, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { comments, topics } from "@/lib/db/schema";
import type { Period } from "@/lib/domain/summaries/period";
import { topicInTheme } from "@/lib/server/summaries/shared/theme-filter";

export interface TopicCommentCounts {
  topicId: string;
  inPeriod: number;
  previous: number;
}

/** Published comments per topic of a theme, in the period and in the one before it (one scan of both). */
export async function countThemeComments(executor: Executor, themeId: string | null, period: Period, previous: Period): Promise<TopicCommentCounts[]> {
  const inPeriod = sql<number>`(count(*) filter (where ${comments.createdAt} >= ${period.start.toISOString()}::timestamptz and ${comments.createdAt} < ${period.end.toISOString()}::timestamptz))::int`;
  const before = sql<number>`(count(*) filter (where ${comments.createdAt} < ${previous.end.toISOString()}::timestamptz))::int`;
  return executor
    .select({ topicId: comments.topicId, inPeriod, previous: before })
    .from(comments)
    .innerJoin(topics, eq(topics.id, comments.topicId))
    .where(and(eq(comments.status, "published"), ne(topics.status, "draft"), gte(comments.createdAt, previous.start), lt(comments.createdAt, period.end), topicInTheme(themeId)))
    .groupBy(comments.topicId);
}

/** A topic's published comments in all, for a one-off summary. */
export async function countTopicComments(executor: Executor, topicId: string): Promise<number> {
  const [row] = await executor
    .select({ count: sql<number>`count(*)::int` })
    .from(comments)
    .where(and(eq(comments.topicId, topicId), eq(comments.status, "published")));
  return row?.count ?? 0;
}
