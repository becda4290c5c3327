import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { topics } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import type { OpenTopic } from "@/lib/validations/open-data";
import { describeTopics, PUBLIC_TOPIC_COLUMNS } from "./shared/describe-topics";

/** One published topic as open data; a draft or an unknown slug is not found. */
export async function getPublishedTopic(slug: string): Promise<OpenTopic> {
  const db = getDb();
  const rows = await db
    .select(PUBLIC_TOPIC_COLUMNS)
    .from(topics)
    .where(and(eq(topics.slug, slug), ne(topics.status, "draft")));
  const [topic] = await describeTopics(db, rows);
  if (!topic) throw new NotFoundError("problems.topic.notFoundPublic");
  return topic;
}
