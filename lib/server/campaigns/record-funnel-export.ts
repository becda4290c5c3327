import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { surveyCampaigns, surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { slugify } from "@/lib/text/slugify";
import { recordAudit } from "@/lib/server/audit/record-audit";

/**
 * Writes the audit row for a download of a campaign's funnel (who, which campaign) before any of it
 * is sent, and names the file, e.g. employer-skills-gap-survey-autumn-mailing-funnel-2026-12-03.csv.
 * The caller has checked the `campaign:manage` permission.
 */
export async function recordFunnelExport(user: Pick<CurrentUser, "id">, campaignId: string, now = new Date()): Promise<{ filename: string }> {
  return getDb().transaction(async (tx) => {
    const [campaign] = await tx
      .select({ name: surveyCampaigns.name, surveySlug: surveys.slug })
      .from(surveyCampaigns)
      .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
      .where(eq(surveyCampaigns.id, campaignId));
    if (!campaign) throw new NotFoundError("problems.campaignReport.notFound");
    await recordAudit(tx, { actorId: user.id, action: "campaign.funnel_export", subjectType: "survey_campaign", subjectId: campaignId, details: { format: "csv" } });
    const parts = [campaign.surveySlug, slugify(campaign.name), "funnel", now.toISOString().slice(0, 10)];
    return { filename: `${parts.filter(Boolean).join("-")}.csv` };
  });
}
