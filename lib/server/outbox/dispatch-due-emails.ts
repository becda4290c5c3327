import "server-only";
import { and, asc, eq, inArray, lt, lte, ne, or, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { emailOutbox, partnerContacts } from "@/lib/db/schema";
import { stoppedRecipients } from "@/lib/server/campaigns/shared/stopped-recipients";
import type { EmailSender } from "@/lib/email/message";

export const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;
/** A row left "sending" this long (a crash mid-send) is tried again; Resend's idempotency key stops a double send. */
const STALE_SENDING_MS = 10 * 60_000;

/** Exponential backoff after the given number of failed attempts: 30 s, 1 min, 2 min, ... up to 1 hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

export type DispatchReport = { claimed: number; sent: number; retrying: number; failed: number; cancelled: number };

/**
 * Claimed rows that must not go: for partner contacts who are no longer active (unsubscribed,
 * bounced, complained), and for campaign recipients who have since answered, unsubscribed, bounced
 * or lost their link. They are cancelled, never sent.
 */
async function cancelStopped(db: Database, claimed: { id: string; contactId: string | null; campaignRecipientId: string | null }[]): Promise<Set<string>> {
  const ids = claimed.filter((row) => row.contactId !== null || row.campaignRecipientId !== null).map((row) => row.id);
  if (ids.length === 0) return new Set();
  const cancelled = await db
    .update(emailOutbox)
    .set({ status: "cancelled", lastError: "Not sent: the person has unsubscribed, their address bounced, or they have answered." })
    .where(
      and(
        inArray(emailOutbox.id, ids),
        or(
          inArray(emailOutbox.contactId, db.select({ id: partnerContacts.id }).from(partnerContacts).where(ne(partnerContacts.status, "active"))),
          inArray(emailOutbox.campaignRecipientId, stoppedRecipients(db)),
        ),
      ),
    )
    .returning({ id: emailOutbox.id });
  return new Set(cancelled.map((row) => row.id));
}

/**
 * Sends the emails that are due. Rows are claimed with FOR UPDATE SKIP LOCKED, so any number of
 * dispatchers (instances, cron, the job runner) can run at once without sending a message twice.
 */
export async function dispatchDueEmails(options: {
  db: Database;
  sender: EmailSender;
  from: string;
  now?: Date;
  limit?: number;
  /** The provider's rate limit: sends are spaced so no second holds more than this many. */
  perSecond?: number;
}): Promise<DispatchReport> {
  const { db, sender, from, limit = 50, perSecond } = options;
  const spacing = perSecond ? 1000 / perSecond : 0;
  let lastSend = 0;
  const now = options.now ?? new Date();
  const due = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(
      or(
        and(eq(emailOutbox.status, "queued"), lte(emailOutbox.nextAttemptAt, now)),
        and(eq(emailOutbox.status, "sending"), lt(emailOutbox.updatedAt, new Date(now.getTime() - STALE_SENDING_MS))),
      ),
    )
    .orderBy(asc(emailOutbox.nextAttemptAt))
    .limit(limit)
    .for("update", { skipLocked: true });

  const claimed = await db
    .update(emailOutbox)
    .set({ status: "sending", attempts: sql`${emailOutbox.attempts} + 1`, updatedAt: now })
    .where(inArray(emailOutbox.id, due))
    .returning();

  const cancelled = await cancelStopped(db, claimed);
  const report: DispatchReport = { claimed: claimed.length, sent: 0, retrying: 0, failed: 0, cancelled: cancelled.size };
  for (const row of claimed) {
    if (cancelled.has(row.id)) continue;
    const wait = lastSend + spacing - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    lastSend = Date.now();
    const result = await sender.send({
      id: row.id,
      from,
      to: row.toAddress,
      subject: row.subject,
      text: row.textBody,
      html: row.htmlBody,
      category: row.category,
      idempotencyKey: row.idempotencyKey,
      headers: row.headers,
    });
    if (result.ok) {
      report.sent += 1;
      await db
        .update(emailOutbox)
        .set({ status: "sent", sentAt: new Date(), providerMessageId: result.providerMessageId, lastError: null })
        .where(eq(emailOutbox.id, row.id));
      continue;
    }
    const giveUp = !result.retryable || row.attempts >= MAX_ATTEMPTS;
    if (giveUp) report.failed += 1;
    else report.retrying += 1;
    await db
      .update(emailOutbox)
      .set({
        status: giveUp ? "failed" : "queued",
        lastError: result.error.slice(0, 1000),
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts)),
      })
      .where(eq(emailOutbox.id, row.id));
  }
  return report;
}
