import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { topicDocuments } from "@/lib/db/schema";

/** A topic's documents and images, in the order they were attached. */
export async function listTopicDocuments(topicId: string) {
  return getDb()
    .select({ id: topicDocuments.id, originalName: topicDocuments.originalName, kind: topicDocuments.kind, size: topicDocuments.size })
    .from(topicDocuments)
    .where(eq(topicDocuments.topicId, topicId))
    .orderBy(asc(topicDocuments.createdAt));
}
