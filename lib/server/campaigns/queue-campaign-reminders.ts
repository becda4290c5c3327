import "server-only";
import { and, eq, gt, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { campaignRecipients, emailSuppressions, surveyCampaigns, surveys } from "@/lib/db/schema";
import { dueReminder } from "@/lib/domain/campaigns/reminder-schedule";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { queueCampaignMail, updateRecipients } from "./shared/campaign-mail";

export type ReminderReport = { queued: number; campaigns: number };

/** Recipients handled per run: the next run takes the rest. */
const RUN_LIMIT = 5000;

/**
 * The jobs runner's reminder step: for every sent campaign, the recipients who have not answered,
 * are still reachable (not bounced, unsubscribed, suppressed or revoked) and whose link still works,
 * and whose next reminder day has come, get a reminder with the same personal link. The idempotency
 * key is the recipient and the reminder's number, and reminders_sent moves in the same transaction,
 * so running the jobs twice (or twice at once: rows are claimed with SKIP LOCKED) sends it once.
 */
export async function queueCampaignReminders(options: { db: Database; now?: Date }): Promise<ReminderReport> {
  const now = options.now ?? new Date();
  return options.db.transaction(async (tx) => {
    const candidates = await tx
      .select({
        id: campaignRecipients.id,
        email: campaignRecipients.email,
        name: campaignRecipients.name,
        locale: campaignRecipients.locale,
        invitedAt: campaignRecipients.invitedAt,
        expiresAt: campaignRecipients.expiresAt,
        remindersSent: campaignRecipients.remindersSent,
        campaignId: surveyCampaigns.id,
        reminderDays: surveyCampaigns.reminderDays,
        survey: { title: surveys.title, closesAt: surveys.closesAt },
      })
      .from(campaignRecipients)
      .innerJoin(surveyCampaigns, eq(surveyCampaigns.id, campaignRecipients.campaignId))
      .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
      .where(
        and(
          eq(surveyCampaigns.status, "sent"),
          eq(surveys.status, "open"),
          or(isNull(surveys.closesAt), gt(surveys.closesAt, now)),
          isNotNull(campaignRecipients.invitedAt),
          isNull(campaignRecipients.submittedAt),
          isNull(campaignRecipients.bouncedAt),
          isNull(campaignRecipients.unsubscribedAt),
          isNull(campaignRecipients.revokedAt),
          gt(campaignRecipients.expiresAt, now),
          sql`${campaignRecipients.remindersSent} < jsonb_array_length(${surveyCampaigns.reminderDays})`,
          sql`${campaignRecipients.invitedAt} + ((${surveyCampaigns.reminderDays} ->> ${campaignRecipients.remindersSent})::int * interval '1 day') <= ${now.toISOString()}::timestamptz`,
          sql`not exists (select 1 from ${emailSuppressions} where ${emailSuppressions.email} = ${campaignRecipients.email})`,
        ),
      )
      .limit(RUN_LIMIT)
      .for("update", { of: campaignRecipients, skipLocked: true });

    // Grouped by campaign (one survey's words) and by the reminder's number (one update each).
    const groups = new Map<string, { campaignId: string; number: number; survey: { title: string; closesAt: Date | null }; recipients: typeof candidates }>();
    for (const candidate of candidates) {
      const number = dueReminder(candidate, candidate.reminderDays, now);
      if (number === null || !candidate.expiresAt) continue;
      const key = `${candidate.campaignId}:${number}`;
      const group = groups.get(key) ?? { campaignId: candidate.campaignId, number, survey: candidate.survey, recipients: [] };
      group.recipients.push(candidate);
      groups.set(key, group);
    }
    const perCampaign = new Map<string, number>();
    for (const group of groups.values()) {
      const recipients = group.recipients.map((recipient) => ({ ...recipient, expiresAt: recipient.expiresAt ?? now }));
      const queued = await queueCampaignMail(tx, "reminder", group.survey, recipients, (recipient) => `campaign-reminder:${recipient.id}:${group.number}`);
      await updateRecipients(tx, recipients.map((recipient) => recipient.id), { remindersSent: group.number, lastRemindedAt: now });
      perCampaign.set(group.campaignId, (perCampaign.get(group.campaignId) ?? 0) + queued);
    }
    for (const [campaignId, queued] of perCampaign) {
      await recordAudit(tx, { actorId: null, action: "campaign.reminders_queued", subjectType: "survey_campaign", subjectId: campaignId, details: { queued } });
    }
    return { queued: [...perCampaign.values()].reduce((sum, count) => sum + count, 0), campaigns: perCampaign.size };
  });
}
