import "server-only";
import { getDb } from "@/lib/db/client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { scheduleSummaries, type ScheduleCounts } from "./schedule-summaries";

/**
 * An officer's "queue due summaries now": the job runner's own step, run at once (it is idempotent,
 * so a summary already queued for its period is never queued again), and recorded in the audit log.
 */
export async function queueDueSummaries(actorId: string, now = new Date()): Promise<ScheduleCounts> {
  const db = getDb();
  const counts = await scheduleSummaries({ db, now });
  await recordAudit(db, { actorId, action: "summaries.queue", subjectType: "summaries", subjectId: now.toISOString(), details: { ...counts } });
  return counts;
}
