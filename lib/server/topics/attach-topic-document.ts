import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { topicDocuments, topics } from "@/lib/db/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { storeUpload } from "@/lib/storage";

/**
 * Attaches a document or image to a topic. The file is checked by content (PDF, DOCX, XLSX, PNG,
 * JPEG; 10 MB at most) and stored before its row is written, so a row never points at nothing.
 */
export async function attachTopicDocument(officer: CurrentUser, topicId: string, file: File): Promise<{ id: string; name: string }> {
  const [topic] = await getDb().select({ id: topics.id }).from(topics).where(eq(topics.id, topicId));
  if (!topic) throw new NotFoundError("problems.topic.notFound");
  await consumeRateLimit(getDb(), `upload:${officer.id}`, { limit: 30, windowSeconds: 600 });
  const stored = await storeUpload({ bytes: new Uint8Array(await file.arrayBuffer()), declaredName: file.name }).catch((error: unknown) => {
    throw error instanceof ValidationError ? new ValidationError(error.userMessage, { file: [error.userMessage] }) : error;
  });
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .insert(topicDocuments)
      .values({ topicId, storageKey: stored.key, originalName: stored.originalName, mime: stored.mime, kind: stored.kind, size: stored.size, createdBy: officer.id })
      .returning({ id: topicDocuments.id });
    if (!row) throw new Error("attachTopicDocument: the insert returned no row");
    await recordAudit(tx, { actorId: officer.id, action: "topic.document_added", subjectType: "topic", subjectId: topicId, details: { name: stored.originalName, size: stored.size } });
    return { id: row.id, name: stored.originalName };
  });
}
