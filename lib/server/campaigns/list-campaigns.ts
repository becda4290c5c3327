import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { campaignRecipients, surveyCampaigns } from "@/lib/db/schema";

/** A survey's campaigns, newest first, with how many each went to and how many answered. */
export async function listCampaigns(surveyId: string) {
  return getDb()
    .select({
      id: surveyCampaigns.id,
      name: surveyCampaigns.name,
      status: surveyCampaigns.status,
      createdAt: surveyCampaigns.createdAt,
      sentAt: surveyCampaigns.sentAt,
      recipients: sql<number>`count(${campaignRecipients.id})::int`,
      invited: sql<number>`(count(${campaignRecipients.id}) filter (where ${campaignRecipients.invitedAt} is not null))::int`,
      submitted: sql<number>`(count(${campaignRecipients.id}) filter (where ${campaignRecipients.submittedAt} is not null))::int`,
    })
    .from(surveyCampaigns)
    .leftJoin(campaignRecipients, eq(campaignRecipients.campaignId, surveyCampaigns.id))
    .where(eq(surveyCampaigns.surveyId, surveyId))
    .groupBy(surveyCampaigns.id)
    .orderBy(desc(surveyCampaigns.createdAt));
}
