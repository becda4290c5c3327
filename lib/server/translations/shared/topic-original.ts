import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { topicDocuments, topics } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import type { TopicOriginal } from "@/lib/domain/translations/topic-translation";

/** A topic's English as its translations need it (any status), with its documents in the order they were attached. */
export async function loadTopicOriginal(executor: Executor, topicId: string) {
  const [topic] = await executor
    .select({ id: topics.id, slug: topics.slug, status: topics.status, title: topics.title, summary: topics.summary, bodyText: topics.bodyText, bodyHtml: topics.bodyHtml })
    .from(topics)
    .where(eq(topics.id, topicId));
  if (!topic) throw new NotFoundError("problems.topic.notFound");
  const documents = await executor
    .select({ id: topicDocuments.id, name: topicDocuments.originalName })
    .from(topicDocuments)
    .where(eq(topicDocuments.topicId, topicId))
    .orderBy(asc(topicDocuments.createdAt));
  return { ...topic, documents } satisfies TopicOriginal & Record<string, unknown>;
}
