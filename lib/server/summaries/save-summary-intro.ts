import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { summaryIntros } from "@/lib/db/schema";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { SUMMARY_INTRO } from "./shared/summary-intro";

const INTRO_WRITE_RATE = { limit: 30, windowSeconds: 600 };

/**
 * An officer writes (or, with an empty text, removes) the message at the top of partners' scheduled
 * summaries. Its translations stay: each is shown only while it matches this English, so a changed
 * message goes out in English until it is translated again.
 */
export async function saveSummaryIntro(officer: CurrentUser, text: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `summary-intro:${officer.id}`, INTRO_WRITE_RATE);
    const values = { text, updatedBy: officer.id, updatedAt: new Date() };
    await tx.insert(summaryIntros).values({ id: SUMMARY_INTRO.id, ...values }).onConflictDoUpdate({ target: summaryIntros.id, set: values });
    await recordAudit(tx, { actorId: officer.id, action: "summary.intro_saved", subjectType: "summary_intro", subjectId: SUMMARY_INTRO.id, details: { characters: text.length } });
  });
}
