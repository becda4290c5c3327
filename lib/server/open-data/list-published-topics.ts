import "server-only";
import { and, asc, eq, gt, ne, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { topics } from "@/lib/db/schema";
import type { OpenTopic, TOpenTopicsQuery } from "@/lib/validations/open-data";
import { describeTopics, PUBLIC_TOPIC_COLUMNS } from "./shared/describe-topics";
import { pageOf } from "./shared/page-of";

/**
 * Published topics (open, closed or with an outcome; never a draft) in slug order, a page at a time
 * from after `cursor` (a slug); `limit: null` is every one (the CSV download).
 */
export async function listPublishedTopics(query: { limit: number | null; cursor?: string; status?: TOpenTopicsQuery["status"] }): Promise<{ topics: OpenTopic[]; nextKey: string | null }> {
  const db = getDb();
  const conditions: (SQL | undefined)[] = [ne(topics.status, "draft"), query.status ? eq(topics.status, query.status) : undefined, query.cursor ? gt(topics.slug, query.cursor) : undefined];
  const select = db
    .select(PUBLIC_TOPIC_COLUMNS)
    .from(topics)
    .where(and(...conditions))
    .orderBy(asc(topics.slug));
  const rows = query.limit === null ? await select : await select.limit(query.limit + 1);
  const page = pageOf(rows, query.limit, (row) => row.slug);
  return { topics: await describeTopics(db, page.rows), nextKey: page.nextKey };
}
