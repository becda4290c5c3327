import "server-only";
import { asc, eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { can } from "@/lib/domain/access/policy";
import { getDb } from "@/lib/db/client";
import { topicDocuments, topics } from "@/lib/db/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { getFileStore, storeUpload } from "@/lib/storage";

const SIGNED_URL_SECONDS = 60;

export async function listTopicDocuments(topicId: string) {
  return getDb()
    .select({ id: topicDocuments.id, originalName: topicDocuments.originalName, kind: topicDocuments.kind, size: topicDocuments.size })
    .from(topicDocuments)
    .where(eq(topicDocuments.topicId, topicId))
    .orderBy(asc(topicDocuments.createdAt));
}

/**
 * Attaches a document or image to a topic. The file is checked by content (PDF, DOCX, XLSX, PNG,
 * JPEG; 10 MB at most) and stored before its row is written, so a row never points at nothing.
 */
export async function attachDocument(officer: CurrentUser, topicId: string, file: File): Promise<{ id: string; name: string }> {
  const [topic] = await getDb().select({ id: topics.id }).from(topics).where(eq(topics.id, topicId));
  if (!topic) throw new NotFoundError("That topic could not be found.");
  await consumeRateLimit(getDb(), `upload:${officer.id}`, { limit: 30, windowSeconds: 600 });
  const stored = await storeUpload({ bytes: new Uint8Array(await file.arrayBuffer()), declaredName: file.name }).catch((error: unknown) => {
    throw error instanceof ValidationError ? new ValidationError(error.message, { file: [error.message] }) : error;
  });
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .insert(topicDocuments)
      .values({ topicId, storageKey: stored.key, originalName: stored.originalName, mime: stored.mime, kind: stored.kind, size: stored.size, createdBy: officer.id })
      .returning({ id: topicDocuments.id });
    if (!row) throw new Error("The document was not recorded");
    await recordAudit(tx, { actorId: officer.id, action: "topic.document_added", subjectType: "topic", subjectId: topicId, details: { name: stored.originalName, size: stored.size } });
    return { id: row.id, name: stored.originalName };
  });
}

export async function removeDocument(officer: CurrentUser, documentId: string): Promise<void> {
  const removed = await getDb().transaction(async (tx) => {
    const [row] = await tx.delete(topicDocuments).where(eq(topicDocuments.id, documentId)).returning({ key: topicDocuments.storageKey, topicId: topicDocuments.topicId, name: topicDocuments.originalName });
    if (!row) throw new NotFoundError("That document has already been removed.");
    await recordAudit(tx, { actorId: officer.id, action: "topic.document_removed", subjectType: "topic", subjectId: row.topicId, details: { name: row.name } });
    return row;
  });
  await getFileStore().remove(removed.key);
}

/** A document for download: published topics' documents for anyone, drafts' for topic managers. */
export async function openDocument(viewer: CurrentUser | null, documentId: string) {
  const [document] = await getDb()
    .select({ key: topicDocuments.storageKey, name: topicDocuments.originalName, mime: topicDocuments.mime, kind: topicDocuments.kind, status: topics.status })
    .from(topicDocuments)
    .innerJoin(topics, eq(topics.id, topicDocuments.topicId))
    .where(eq(topicDocuments.id, documentId));
  if (!document || (document.status === "draft" && !can(viewer?.role, "topic:manage"))) throw new NotFoundError("That document could not be found.");
  const store = getFileStore();
  const signedUrl = await store.signedUrl(document.key, SIGNED_URL_SECONDS);
  if (signedUrl) return { ...document, signedUrl, bytes: null };
  const bytes = await store.read(document.key);
  if (!bytes) throw new NotFoundError("That document's file is missing.");
  return { ...document, signedUrl: null, bytes };
}
