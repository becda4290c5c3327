import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { campaignRecipients } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { recipientStatus } from "@/lib/domain/campaigns/recipient-status";
import { findCampaign } from "./shared/campaign-rules";

export const RECIPIENTS_PER_PAGE = 100;

const counted = (condition: ReturnType<typeof sql>) => sql<number>`(count(*) filter (where ${condition}))::int`;

/**
 * A campaign for its console page: its settings, counts of how far its recipients got, and one page
 * of recipients with each one's status. The campaign must belong to the survey in the address.
 */
export async function getCampaign(surveyId: string, campaignId: string, page = 1, now = new Date()) {
  const db = getDb();
  const { campaign, survey } = await findCampaign(db, campaignId);
  if (survey.id !== surveyId) throw new NotFoundError("problems.campaign.notFound");
  const r = campaignRecipients;
  const [counts] = await db
    .select({
      recipients: sql<number>`count(*)::int`,
      invited: counted(sql`${r.invitedAt} is not null`),
      delivered: counted(sql`${r.deliveredAt} is not null`),
      opened: counted(sql`${r.openedAt} is not null`),
      started: counted(sql`${r.startedAt} is not null`),
      submitted: counted(sql`${r.submittedAt} is not null`),
      bounced: counted(sql`${r.bouncedAt} is not null`),
      unsubscribed: counted(sql`${r.unsubscribedAt} is not null`),
      revoked: counted(sql`${r.revokedAt} is not null`),
      reminders: sql<number>`coalesce(sum(${r.remindersSent}), 0)::int`,
      toInvite: counted(sql`${r.invitedAt} is null and ${r.revokedAt} is null and ${r.unsubscribedAt} is null and ${r.bouncedAt} is null`),
    })
    .from(r)
    .where(eq(r.campaignId, campaignId));
  const pageNumber = Math.max(1, Math.floor(page));
  const rows = await db
    .select()
    .from(r)
    .where(and(eq(r.campaignId, campaignId)))
    .orderBy(asc(r.createdAt), asc(r.email))
    .limit(RECIPIENTS_PER_PAGE)
    .offset((pageNumber - 1) * RECIPIENTS_PER_PAGE);
  return {
    campaign: { id: campaign.id, name: campaign.name, status: campaign.status, reminderDays: campaign.reminderDays, linkDays: campaign.linkDays, sentAt: campaign.sentAt },
    survey,
    counts: counts ?? null,
    page: pageNumber,
    recipients: rows.map((row) => ({
      id: row.id,
      email: row.email,
      name: row.name,
      organisationName: row.organisationName,
      listName: row.listName,
      remindersSent: row.remindersSent,
      status: recipientStatus(row, now),
      revocable: !row.revokedAt && !row.submittedAt,
    })),
  };
}

