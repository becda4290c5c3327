import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { topicKeyDates, topics } from "@/lib/db/schema";
import { topicInTheme } from "@/lib/server/summaries/shared/theme-filter";

/** The topic's first "closes" key date on or after `fromDate`. */
const closesOnFrom = (fromDate: string) =>
  sql<string | null>`(select min(kd.date)::text from ${topicKeyDates} kd where kd.topic_id = ${topics}.id and kd.kind = 'closes' and kd.date >= ${fromDate})`;

export interface ThemeTopicRow {
  id: string;
  slug: string;
  title: string;
  status: "draft" | "open" | "closed" | "outcome";
  publishedAt: Date | null;
  outcomePublishedAt: Date | null;
  /** The first "closes" key date on or after `fromDate`, if any. */
  closesOn: string | null;
}

/** Every published (not draft) topic of a theme with what the summary derives from it. */
export async function readThemeTopics(executor: Executor, themeId: string | null, fromDate: string): Promise<ThemeTopicRow[]> {
  return executor
    .select({ id: topics.id, slug: topics.slug, title: topics.title, status: topics.status, publishedAt: topics.publishedAt, outcomePublishedAt: topics.outcomePublishedAt, closesOn: closesOnFrom(fromDate) })
    .from(topics)
    .where(and(ne(topics.status, "draft"), topicInTheme(themeId)))
    .orderBy(asc(topics.title));
}

/** One topic, for a one-off summary; null when missing or a draft. */
export async function readTopic(executor: Executor, topicId: string, fromDate: string) {
  const [row] = await executor
    .select({ id: topics.id, slug: topics.slug, title: topics.title, summary: topics.summary, status: topics.status, outcomePublishedAt: topics.outcomePublishedAt, closesOn: closesOnFrom(fromDate) })
    .from(topics)
    .where(and(eq(topics.id, topicId), ne(topics.status, "draft")));
  return row ?? null;
}
