import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { PURGED_KINDS, type RetentionPolicy } from "@/lib/domain/retention/policy";
import { configuredRetentionPolicy, type PurgeReport } from "./purge-expired-data";

export type RetentionStatus = { policy: RetentionPolicy; lastRun: { at: Date; removed: PurgeReport } | null };

/** The periods in force and the last run of the retention job (from the audit log). */
export async function getRetentionStatus(): Promise<RetentionStatus> {
  const [last] = await getDb()
    .select({ at: auditLog.createdAt, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.action, "retention.purged"), eq(auditLog.subjectType, "retention")))
    .orderBy(desc(auditLog.createdAt))
    .limit(1);
  const numberOf = (key: keyof PurgeReport) => Number(last?.details[key] ?? 0);
  return {
    policy: configuredRetentionPolicy(),
    lastRun: last
      ? { at: last.at, removed: Object.fromEntries(PURGED_KINDS.map((kind) => [kind, numberOf(kind)])) as PurgeReport }
      : null,
  };
}
