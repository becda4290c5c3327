import "server-only";
import { desc, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { topics } from "@/lib/db/schema";

/** Every topic, newest first, with its published comment count: the officer's list. */
export async function listConsoleTopics() {
  return getDb()
    .select({
      id: topics.id,
      slug: topics.slug,
      title: topics.title,
      status: topics.status,
      moderationMode: topics.moderationMode,
      updatedAt: topics.updatedAt,
      // Qualified by hand: in a one-table select Drizzle leaves column names bare, and a bare "id"
      // inside this subquery would mean comments.id.
      comments: sql<number>`(select count(*)::int from "comments" as c where c."topic_id" = "topics"."id" and c."status" = 'published')`,
    })
    .from(topics)
    .orderBy(desc(topics.updatedAt));
}

