import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb, type Executor } from "@/lib/db/client";
import { campaignRecipients, emailSuppressions, surveyCampaigns } from "@/lib/db/schema";
import { ConflictError } from "@/lib/errors";
import { linkExpiry } from "@/lib/domain/campaigns/reminder-schedule";
import { surveyAvailability } from "@/lib/domain/surveys/availability";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { dispatchSoon } from "@/lib/server/outbox/dispatch-pending-emails";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { CAMPAIGN_WRITE_RATE, campaignWriteKey, findCampaign } from "./shared/campaign-rules";
import { queueCampaignMail, updateRecipients } from "./shared/campaign-mail";

/**
 * Queues an invitation for every recipient not yet invited (not revoked, unsubscribed, bounced or
 * suppressed), each with a personal link that ends `link_days` from now, in one transaction: the
 * outbox rows and the recipients' invited_at commit together, so a crash queues nobody or everybody,
 * and a second send queues only those added since. The survey must be open.
 */
export async function sendCampaign(officer: CurrentUser, campaignId: string, now = new Date()): Promise<{ queued: number }> {
  const result = await getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, campaignWriteKey(officer.id), CAMPAIGN_WRITE_RATE, now);
    return queueInvitations(tx, officer.id, campaignId, now);
  });
  dispatchSoon();
  return result;
}

/** Sending's work, in the caller's transaction: see sendCampaign. */
export async function queueInvitations(tx: Executor, actorId: string, campaignId: string, now: Date): Promise<{ queued: number }> {
  const { campaign, survey } = await findCampaign(tx, campaignId, true);
  if (surveyAvailability(survey, now) !== "open") throw new ConflictError("problems.campaign.surveyNotOpen");
  const pending = await tx
    .select({ id: campaignRecipients.id, email: campaignRecipients.email, name: campaignRecipients.name, locale: campaignRecipients.locale })
    .from(campaignRecipients)
    .where(
      and(
        eq(campaignRecipients.campaignId, campaignId),
        isNull(campaignRecipients.invitedAt),
        isNull(campaignRecipients.revokedAt),
        isNull(campaignRecipients.unsubscribedAt),
        isNull(campaignRecipients.bouncedAt),
        sql`not exists (select 1 from ${emailSuppressions} where ${emailSuppressions.email} = ${campaignRecipients.email})`,
      ),
    )
    .orderBy(asc(campaignRecipients.createdAt));
  if (pending.length === 0) throw new ConflictError("problems.campaign.nobodyToSend");
  const expiresAt = linkExpiry(now, campaign.linkDays);
  const queued = await queueCampaignMail(tx, "invitation", survey, pending.map((recipient) => ({ ...recipient, expiresAt })), (recipient) => `campaign-invitation:${recipient.id}`);
  await updateRecipients(tx, pending.map((recipient) => recipient.id), { invitedAt: now, expiresAt });
  await tx.update(surveyCampaigns).set({ status: "sent", sentAt: campaign.sentAt ?? now }).where(eq(surveyCampaigns.id, campaignId));
  await recordAudit(tx, { actorId, action: "campaign.sent", subjectType: "survey_campaign", subjectId: campaignId, details: { queued, recipients: pending.length } });
  return { queued };
}
