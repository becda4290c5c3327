import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { campaignRecipients, emailSuppressions } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { verifyUnsubscribeToken } from "./shared/campaign-link";

/**
 * Stops every survey invitation to the address of this unsubscribe link: the recipient is marked
 * unsubscribed and the address suppressed, so queued mail is cancelled and no campaign adds it
 * again. Idempotent: a repeat (a mail client's retry) changes nothing.
 */
export async function unsubscribeRecipient(token: string, via: "one-click" | "page", now = new Date()): Promise<{ email: string }> {
  const recipientId = verifyUnsubscribeToken(token);
  if (!recipientId) throw new NotFoundError("problems.campaign.linkInvalid");
  return getDb().transaction(async (tx) => {
    const [recipient] = await tx.select({ email: campaignRecipients.email, unsubscribedAt: campaignRecipients.unsubscribedAt, campaignId: campaignRecipients.campaignId }).from(campaignRecipients).where(eq(campaignRecipients.id, recipientId));
    if (!recipient) throw new NotFoundError("problems.campaign.linkInvalid");
    if (!recipient.unsubscribedAt) await tx.update(campaignRecipients).set({ unsubscribedAt: now }).where(eq(campaignRecipients.id, recipientId));
    const added = await tx.insert(emailSuppressions).values({ email: recipient.email, reason: "unsubscribed" }).onConflictDoNothing().returning({ email: emailSuppressions.email });
    if (!recipient.unsubscribedAt || added.length) {
      await recordAudit(tx, { actorId: null, action: "campaign.unsubscribed", subjectType: "campaign_recipient", subjectId: recipientId, details: { campaignId: recipient.campaignId, via } });
    }
    return { email: recipient.email };
  });
}
