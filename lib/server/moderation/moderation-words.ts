import "server-only";
import { asc, eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { moderationWords } from "@/lib/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";

export async function listModerationWords() {
  return getDb().select({ id: moderationWords.id, phrase: moderationWords.phrase, createdAt: moderationWords.createdAt }).from(moderationWords).orderBy(asc(moderationWords.phrase));
}

/** Adds a word or phrase; comments that contain it are held for review from now on. */
export async function addModerationWord(officer: CurrentUser, phrase: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `words:${officer.id}`, { limit: 60, windowSeconds: 60 });
    const added = await tx.insert(moderationWords).values({ phrase, createdBy: officer.id }).onConflictDoNothing().returning({ id: moderationWords.id });
    if (!added[0]) throw new ConflictError(`"${phrase}" is already on the list.`);
    await recordAudit(tx, { actorId: officer.id, action: "moderation_word.added", subjectType: "moderation_word", subjectId: added[0].id, details: { phrase } });
  });
}

export async function removeModerationWord(officer: CurrentUser, id: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `words:${officer.id}`, { limit: 60, windowSeconds: 60 });
    const removed = await tx.delete(moderationWords).where(eq(moderationWords.id, id)).returning({ phrase: moderationWords.phrase });
    if (!removed[0]) throw new NotFoundError("That word is no longer on the list.");
    await recordAudit(tx, { actorId: officer.id, action: "moderation_word.removed", subjectType: "moderation_word", subjectId: id, details: { phrase: removed[0].phrase } });
  });
}
