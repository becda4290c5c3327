import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { moderationWords } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";

/** Removes a word or phrase from the list: comments that contain it are no longer held for it. */
export async function removeModerationWord(officer: CurrentUser, id: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `words:${officer.id}`, { limit: 60, windowSeconds: 60 });
    const removed = await tx.delete(moderationWords).where(eq(moderationWords.id, id)).returning({ phrase: moderationWords.phrase });
    if (!removed[0]) throw new NotFoundError("problems.moderationWord.notListed");
    await recordAudit(tx, { actorId: officer.id, action: "moderation_word.removed", subjectType: "moderation_word", subjectId: id, details: { phrase: removed[0].phrase } });
  });
}
