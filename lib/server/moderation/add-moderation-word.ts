import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { moderationWords } from "@/lib/db/schema";
import { ConflictError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";

/** Adds a word or phrase; comments that contain it are held for review from now on. */
export async function addModerationWord(officer: CurrentUser, phrase: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `words:${officer.id}`, { limit: 60, windowSeconds: 60 });
    const added = await tx.insert(moderationWords).values({ phrase, createdBy: officer.id }).onConflictDoNothing().returning({ id: moderationWords.id });
    if (!added[0]) throw new ConflictError("problems.moderationWord.alreadyListed", { phrase });
    await recordAudit(tx, { actorId: officer.id, action: "moderation_word.added", subjectType: "moderation_word", subjectId: added[0].id, details: { phrase } });
  });
}
