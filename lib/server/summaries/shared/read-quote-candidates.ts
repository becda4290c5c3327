import "server-only";
import { and, desc, eq, gte, lt, ne, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { comments, topics } from "@/lib/db/schema";
import type { Period } from "@/lib/domain/summaries/period";
import { topicInTheme } from "@/lib/server/summaries/shared/theme-filter";

const CANDIDATES = 12;

/**
 * Published, unreported comments that could be quoted, most helpful first, then newest: only the
 * text and its topic, never who wrote it. Held, rejected, hidden and deleted comments never appear.
 */
async function readCandidates(executor: Executor, where: SQL | undefined) {
  return executor
    .select({ body: comments.body, topicId: topics.id, topicSlug: topics.slug, topicTitle: topics.title })
    .from(comments)
    .innerJoin(topics, eq(topics.id, comments.topicId))
    .where(and(eq(comments.status, "published"), eq(comments.flagCount, 0), ne(topics.status, "draft"), where))
    .orderBy(desc(comments.helpfulCount), desc(comments.createdAt))
    .limit(CANDIDATES);
}

export function readThemeQuoteCandidates(executor: Executor, themeId: string | null, period: Period) {
  return readCandidates(executor, and(gte(comments.createdAt, period.start), lt(comments.createdAt, period.end), topicInTheme(themeId)));
}

export function readTopicQuoteCandidates(executor: Executor, topicId: string) {
  return readCandidates(executor, eq(comments.topicId, topicId));
}
