import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { SMALL_NUMBER } from "@/lib/domain/surveys/results/suppress";
import { getDb } from "@/lib/db/client";
import { campaignRecipients, surveyCampaigns, surveys } from "@/lib/db/schema";
import { requirePartner } from "@/lib/server/partner-portal/shared/partner-themes";

const counted = (column: typeof campaignRecipients.invitedAt) => sql<number>`(count(*) filter (where ${column} is not null))::int`;
/** A count of responses as a partner sees it: under 5 it is not shown, so no one can be singled out. */
const shown = (count: number) => (count < SMALL_NUMBER ? null : count);

/**
 * The surveys the partner has sent to its contacts: when, to how many, and how many answered
 * (started, sent), with counts under 5 not shown. Never who answered, never what.
 */
export async function listPartnerCampaigns(user: CurrentUser) {
  const db = getDb();
  const membership = await requirePartner(db, user);
  const rows = await db
    .select({ id: surveyCampaigns.id, survey: surveys.title, sentAt: surveyCampaigns.sentAt, invited: counted(campaignRecipients.invitedAt), started: counted(campaignRecipients.startedAt), submitted: counted(campaignRecipients.submittedAt) })
    .from(surveyCampaigns)
    .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
    .leftJoin(campaignRecipients, eq(campaignRecipients.campaignId, surveyCampaigns.id))
    .where(eq(surveyCampaigns.partnerOrganisationId, membership.organisation.id))
    .groupBy(surveyCampaigns.id, surveys.title)
    .orderBy(desc(surveyCampaigns.createdAt));
  return rows.map((row) => ({ ...row, started: shown(row.started), submitted: shown(row.submitted) }));
}
