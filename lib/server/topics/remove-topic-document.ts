import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { topicDocuments } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { getFileStore } from "@/lib/storage";

/** Removes a document from its topic, then its file from the store. */
export async function removeTopicDocument(officer: CurrentUser, documentId: string): Promise<void> {
  const removed = await getDb().transaction(async (tx) => {
    const [row] = await tx.delete(topicDocuments).where(eq(topicDocuments.id, documentId)).returning({ key: topicDocuments.storageKey, topicId: topicDocuments.topicId, name: topicDocuments.originalName });
    if (!row) throw new NotFoundError("problems.document.alreadyRemoved");
    await recordAudit(tx, { actorId: officer.id, action: "topic.document_removed", subjectType: "topic", subjectId: row.topicId, details: { name: row.name } });
    return row;
  });
  await getFileStore().remove(removed.key);
}
