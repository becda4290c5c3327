import "server-only";
import { desc, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { comments, topics } from "@/lib/db/schema";

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
      comments: sql<number>`(select count(*)::int from ${comments} where ${comments.topicId} = ${topics.id} and ${comments.status} = 'published')`,
    })
    .from(topics)
    .orderBy(desc(topics.updatedAt));
}

