import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { can } from "@/lib/domain/access/policy";
import { getDb } from "@/lib/db/client";
import { topicDocuments, topics } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { getFileStore } from "@/lib/storage";

const SIGNED_URL_SECONDS = 60;

/** A document for download: published topics' documents for anyone, drafts' for topic managers. */
export async function openTopicDocument(viewer: CurrentUser | null, documentId: string) {
  const [document] = await getDb()
    .select({ key: topicDocuments.storageKey, name: topicDocuments.originalName, mime: topicDocuments.mime, kind: topicDocuments.kind, status: topics.status })
    .from(topicDocuments)
    .innerJoin(topics, eq(topics.id, topicDocuments.topicId))
    .where(eq(topicDocuments.id, documentId));
  if (!document || (document.status === "draft" && !can(viewer?.role, "topic:manage"))) throw new NotFoundError("problems.document.notFound");
  const store = getFileStore();
  const signedUrl = await store.signedUrl(document.key, SIGNED_URL_SECONDS);
  if (signedUrl) return { ...document, signedUrl, bytes: null };
  const bytes = await store.read(document.key);
  if (!bytes) throw new NotFoundError("problems.document.fileMissing");
  return { ...document, signedUrl: null, bytes };
}
