import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { campaignRecipients, surveyCampaigns, surveys } from "@/lib/db/schema";
import { linkState, type LinkState } from "@/lib/domain/campaigns/reminder-schedule";
import { surveyAvailability } from "@/lib/domain/surveys/availability";
import { verifyCampaignToken } from "./shared/campaign-link";

export type CampaignLinkCheck =
  | { state: "live"; slug: string; expiresAt: Date }
  | { state: Exclude<LinkState, "live"> | "invalid" | "closed"; surveyTitle: string | null };

/**
 * What a personal link opens now: its survey (live), or why not: invalid (tampered, unknown),
 * expired, revoked, used (answered), or closed (the survey no longer takes answers). No writes: a
 * mail scanner following the link changes nothing.
 */
export async function checkCampaignLink(token: string, now = new Date()): Promise<CampaignLinkCheck> {
  const recipientId = verifyCampaignToken(token);
  if (!recipientId) return { state: "invalid", surveyTitle: null };
  const [row] = await getDb()
    .select({ recipient: { expiresAt: campaignRecipients.expiresAt, revokedAt: campaignRecipients.revokedAt, submittedAt: campaignRecipients.submittedAt }, survey: surveys })
    .from(campaignRecipients)
    .innerJoin(surveyCampaigns, eq(surveyCampaigns.id, campaignRecipients.campaignId))
    .innerJoin(surveys, eq(surveys.id, surveyCampaigns.surveyId))
    .where(eq(campaignRecipients.id, recipientId));
  if (!row || row.survey.status === "draft") return { state: "invalid", surveyTitle: null };
  const state = linkState(row.recipient, now);
  if (state === "used") return { state, surveyTitle: row.survey.title };
  if (surveyAvailability(row.survey, now) !== "open") return { state: "closed", surveyTitle: row.survey.title };
  if (state !== "live" || !row.recipient.expiresAt) return { state: state === "live" ? "expired" : state, surveyTitle: row.survey.title };
  return { state, slug: row.survey.slug, expiresAt: row.recipient.expiresAt };
}
