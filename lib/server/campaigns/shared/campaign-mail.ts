import "server-only";
import { knownLocale, type Locale } from "@/lib/i18n/locales";
import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { campaignRecipients } from "@/lib/db/schema";
import { campaignEmailWriter, type CampaignEmailKind } from "@/lib/email/templates/campaign-invitation";
import { enqueueEmails } from "@/lib/server/outbox/shared/enqueue-email";
import { campaignUnsubscribeHeaders, invitationUrl, unsubscribePageUrl } from "./campaign-link";

const QUEUE_BATCH = 1000;

export type MailRecipient = { id: string; email: string; name: string | null; locale: Locale | null; expiresAt: Date };

/**
 * Queues one campaign email per recipient (an invitation, a reminder or a new link), each with the
 * recipient's personal link and one-click unsubscribe headers, in multi-row inserts of a thousand.
 * `key` names each email once, so a repeat queues nothing. Returns how many were queued.
 */
export async function queueCampaignMail(
  tx: Executor,
  kind: CampaignEmailKind,
  survey: { title: string; closesAt: Date | null },
  recipients: MailRecipient[],
  key: (recipient: MailRecipient) => string,
): Promise<number> {
  // One writer per language the recipients read (English for those with none).
  const writers = new Map<Locale, ReturnType<typeof campaignEmailWriter>>();
  const writerFor = (locale: Locale) => writers.get(locale) ?? writers.set(locale, campaignEmailWriter(kind, survey, locale)).get(locale)!;
  let queued = 0;
  for (let start = 0; start < recipients.length; start += QUEUE_BATCH) {
    const batch = recipients.slice(start, start + QUEUE_BATCH);
    queued += await enqueueEmails(
      tx,
      batch.map((recipient) => ({
        to: recipient.email,
        ...writerFor(knownLocale(recipient.locale))({ name: recipient.name, link: invitationUrl(recipient.id), unsubscribeUrl: unsubscribePageUrl(recipient.id), expiresAt: recipient.expiresAt }),
        category: `campaign-${kind === "newLink" ? "new-link" : kind}`,
        idempotencyKey: key(recipient),
        headers: campaignUnsubscribeHeaders(recipient.id),
        campaignRecipientId: recipient.id,
      })),
    );
  }
  return queued;
}

/** Sets columns on many recipients by id, in one statement per thousand. */
export async function updateRecipients(tx: Executor, ids: string[], set: Partial<typeof campaignRecipients.$inferInsert>): Promise<void> {
  for (let start = 0; start < ids.length; start += QUEUE_BATCH) {
    await tx
      .update(campaignRecipients)
      .set(set)
      .where(sql`${campaignRecipients.id} = any(${sql.param(ids.slice(start, start + QUEUE_BATCH))}::uuid[])`);
  }
}

