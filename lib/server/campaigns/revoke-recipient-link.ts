import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { campaignRecipients } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";

/**
 * Ends a recipient's personal link: it opens nothing from now on (a draft begun through it stays,
 * unreachable), and no more reminders go. Revoking twice changes nothing.
 */
export async function revokeRecipientLink(officer: CurrentUser, campaignId: string, recipientId: string, now = new Date()): Promise<{ email: string }> {
  return getDb().transaction(async (tx) => {
    const [recipient] = await tx
      .select({ id: campaignRecipients.id, email: campaignRecipients.email, revokedAt: campaignRecipients.revokedAt })
      .from(campaignRecipients)
      .where(and(eq(campaignRecipients.id, recipientId), eq(campaignRecipients.campaignId, campaignId)))
      .for("update");
    if (!recipient) throw new NotFoundError("problems.campaign.recipientNotFound");
    if (recipient.revokedAt) return { email: recipient.email };
    await tx.update(campaignRecipients).set({ revokedAt: now }).where(and(eq(campaignRecipients.id, recipientId), isNull(campaignRecipients.revokedAt)));
    await recordAudit(tx, { actorId: officer.id, action: "campaign.link_revoked", subjectType: "campaign_recipient", subjectId: recipientId, details: { campaignId, email: recipient.email } });
    return { email: recipient.email };
  });
}
