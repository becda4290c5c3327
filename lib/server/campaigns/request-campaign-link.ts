import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { campaignRecipients, emailSuppressions, surveyCampaigns, surveys } from "@/lib/db/schema";
import { linkExpiry } from "@/lib/domain/campaigns/reminder-schedule";
import { surveyAvailability } from "@/lib/domain/surveys/availability";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { dispatchSoon } from "@/lib/server/outbox/dispatch-pending-emails";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { verifyCampaignToken } from "./shared/campaign-link";
import { queueCampaignMail, updateRecipients } from "./shared/campaign-mail";

/** New links per link and per network address: a few, so the form cannot be used to mail someone over and over. */
const NEW_LINK_RATE = { limit: 3, windowSeconds: 86_400 };
const NEW_LINK_IP_RATE = { limit: 20, windowSeconds: 3600 };

/**
 * Someone whose link ended asks for a new one. Only the recipient's own address gets it, and only
 * while the survey is open, they have not answered, and the link was not withdrawn (revoked) or
 * stopped (unsubscribed, bounced, suppressed): then the link's expiry is extended and it is sent
 * again. Whatever the case the caller says the same neutral thing, so the form tells nobody who
 * was invited. Rate limited per link and per network address.
 */
export async function requestCampaignLink(token: string, email: string, ip: string | null, now = new Date()): Promise<void> {
  const recipientId = verifyCampaignToken(token);
  await getDb().transaction(async (tx) => {
    if (ip) await consumeRateLimit(tx, `campaign-new-link-ip:${ip}`, NEW_LINK_IP_RATE, now);
    if (!recipientId) return;
    await consumeRateLimit(tx, `campaign-new-link:${recipientId}`, NEW_LINK_RATE, now);
    const [row] = await tx
      .select({ recipient: campaignRecipients, linkDays: surveyCampaigns.linkDays, survey: surveys, suppressed: emailSuppressions.email })
      .from(campaignRecipients)
      .innerJoin(surveyCampaigns, eq(surveyCampaigns.id, campaignRecipients.campaignId))
      .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
      .leftJoin(emailSuppressions, eq(emailSuppressions.email, campaignRecipients.email))
      .where(eq(campaignRecipients.id, recipientId))
      .for("update", { of: campaignRecipients });
    if (!row || row.recipient.email !== email || surveyAvailability(row.survey, now) !== "open") return;
    const { recipient } = row;
    if (recipient.submittedAt || recipient.revokedAt || recipient.unsubscribedAt || recipient.bouncedAt || row.suppressed || !recipient.invitedAt) return;
    const expiresAt = linkExpiry(now, row.linkDays);
    await updateRecipients(tx, [recipient.id], { expiresAt });
    await queueCampaignMail(tx, "newLink", row.survey, [{ ...recipient, expiresAt }], () => `campaign-new-link:${recipient.id}:${now.getTime()}`);
    await recordAudit(tx, { actorId: null, action: "campaign.link_renewed", subjectType: "campaign_recipient", subjectId: recipient.id, details: { campaignId: recipient.campaignId, expiresAt: expiresAt.toISOString() } });
  });
  dispatchSoon();
}
