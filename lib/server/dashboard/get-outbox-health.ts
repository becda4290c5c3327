import "server-only";
import { and, desc, eq, gte, inArray, isNotNull, lte, min, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { emailOutbox, outboxStatus } from "@/lib/db/schema";

const OUTBOX_DAYS = 7;
const OUTBOX_STATUSES = outboxStatus.enumValues;
type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Statuses whose last error is worth showing: the mail has not (yet) gone. Sent mail has none. */
const TROUBLED: OutboxStatus[] = ["queued", "sending", "failed", "bounced", "complained"];

export interface OutboxHealth {
  /** Emails written to the outbox in the last 7 days, by where they are now. */
  byStatus: Record<OutboxStatus, number>;
  total: number;
  /** How long the oldest email still waiting to send has waited. */
  oldestQueuedSeconds: number | null;
  lastError: { id: string; status: OutboxStatus; category: string; error: string; at: Date } | null;
}

/** The outbox at a glance: the week's mail by status, the oldest waiting, the latest error. */
export async function getOutboxHealth(now = new Date()): Promise<OutboxHealth> {
  const db = getDb();
  const since = new Date(now.getTime() - OUTBOX_DAYS * 86_400_000);
  const [statusRows, [oldest], [lastError]] = await Promise.all([
    db
      .select({ status: emailOutbox.status, total: sql<number>`count(*)`.mapWith(Number) })
      .from(emailOutbox)
      .where(and(gte(emailOutbox.createdAt, since), lte(emailOutbox.createdAt, now)))
      .groupBy(emailOutbox.status),
    db.select({ at: min(emailOutbox.createdAt) }).from(emailOutbox).where(and(eq(emailOutbox.status, "queued"), lte(emailOutbox.createdAt, now))),
    db
      .select({ id: emailOutbox.id, status: emailOutbox.status, category: emailOutbox.category, error: emailOutbox.lastError, at: emailOutbox.updatedAt })
      .from(emailOutbox)
      .where(and(inArray(emailOutbox.status, TROUBLED), isNotNull(emailOutbox.lastError), lte(emailOutbox.updatedAt, now)))
      .orderBy(desc(emailOutbox.updatedAt))
      .limit(1),
  ]);
  const byStatus = Object.fromEntries(OUTBOX_STATUSES.map((status) => [status, 0])) as Record<OutboxStatus, number>;
  for (const row of statusRows) byStatus[row.status] = row.total;
  return {
    byStatus,
    total: statusRows.reduce((sum, row) => sum + row.total, 0),
    oldestQueuedSeconds: oldest?.at ? Math.max(0, (now.getTime() - oldest.at.getTime()) / 1000) : null,
    lastError: lastError?.error ? { ...lastError, error: lastError.error } : null,
  };
}
