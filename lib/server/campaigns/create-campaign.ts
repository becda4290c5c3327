import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { surveyCampaigns, surveys } from "@/lib/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { TCampaignInput } from "@/lib/validations/campaign";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { CAMPAIGN_WRITE_RATE, campaignWriteKey } from "./shared/campaign-rules";

/**
 * A new draft campaign for a survey. A survey answered once per organisation is refused: its
 * response is written by the organisation's signed-in people, which a personal link cannot be.
 */
export async function createCampaign(officer: CurrentUser, input: TCampaignInput): Promise<{ id: string }> {
  return getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, campaignWriteKey(officer.id), CAMPAIGN_WRITE_RATE);
    const [survey] = await tx.select({ id: surveys.id, onePerOrganisation: surveys.onePerOrganisation }).from(surveys).where(eq(surveys.id, input.surveyId));
    if (!survey) throw new NotFoundError("problems.survey.notFound");
    if (survey.onePerOrganisation) throw new ConflictError("problems.campaign.organisationSurvey");
    const [campaign] = await tx
      .insert(surveyCampaigns)
      .values({ surveyId: survey.id, name: input.name, reminderDays: input.reminderDays, linkDays: input.linkDays, createdBy: officer.id })
      .returning({ id: surveyCampaigns.id });
    if (!campaign) throw new Error("campaign: no row inserted");
    await recordAudit(tx, { actorId: officer.id, action: "campaign.created", subjectType: "survey_campaign", subjectId: campaign.id, details: { surveyId: survey.id, name: input.name, reminderDays: input.reminderDays, linkDays: input.linkDays } });
    return campaign;
  });
}
