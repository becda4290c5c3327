import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { surveyAvailability } from "@/lib/domain/surveys/availability";
import { getDb } from "@/lib/db/client";
import { surveyCampaigns, surveys, surveyThemes } from "@/lib/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { addContactsTo } from "@/lib/server/campaigns/shared/campaign-contacts";
import { queueInvitations } from "@/lib/server/campaigns/send-campaign";
import { dispatchSoon } from "@/lib/server/outbox/dispatch-pending-emails";
import { partnerThemes, requirePartner } from "@/lib/server/partner-portal/shared/partner-themes";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";

/** A partner's campaigns are reminded after a week and two, and their links work for 60 days, as the council's do by default. */
const PARTNER_REMINDER_DAYS = [7, 14];
const PARTNER_LINK_DAYS = 60;
const PARTNER_SEND_RATE = { limit: 10, windowSeconds: 3600 };

/**
 * A partner sends an open survey of its themes to its own active contacts, with the council's
 * campaign machinery: a campaign credited to the partner, a personal link each, reminders by the
 * jobs, and nobody outside the partner's own list. One transaction: sent to all, or to none.
 */
export async function sendSurveyToContacts(user: CurrentUser, input: { surveyId: string }, now = new Date()): Promise<{ queued: number }> {
  const result = await getDb().transaction(async (tx) => {
    await consumeRateLimit(tx, `partner-campaign:${user.id}`, PARTNER_SEND_RATE, now);
    const membership = await requirePartner(tx, user);
    const themeIds = (await partnerThemes(tx, membership.organisation.id)).map((theme) => theme.id);
    const [survey] = themeIds.length
      ? await tx
          .selectDistinct({ id: surveys.id, title: surveys.title, status: surveys.status, opensAt: surveys.opensAt, closesAt: surveys.closesAt, onePerOrganisation: surveys.onePerOrganisation })
          .from(surveys)
          .innerJoin(surveyThemes, eq(surveyThemes.surveyId, surveys.id))
          .where(and(eq(surveys.id, input.surveyId), inArray(surveyThemes.themeId, themeIds)))
      : [];
    if (!survey || survey.status === "draft") throw new NotFoundError("problems.survey.notFound");
    if (survey.onePerOrganisation) throw new ConflictError("problems.campaign.organisationSurvey");
    if (surveyAvailability(survey, now) !== "open") throw new ConflictError("problems.partnerPortal.surveyNotOpen");
    const [campaign] = await tx
      .insert(surveyCampaigns)
      .values({ surveyId: survey.id, name: `${survey.title}: ${membership.organisation.name}`, partnerOrganisationId: membership.organisation.id, reminderDays: PARTNER_REMINDER_DAYS, linkDays: PARTNER_LINK_DAYS, createdBy: user.id, createdAt: now })
      .returning({ id: surveyCampaigns.id });
    if (!campaign) throw new Error("campaign: no row inserted");
    const added = await addContactsTo(tx, campaign.id, [membership.organisation.id]);
    if (added.added === 0) throw new ConflictError("problems.partnerPortal.noContacts");
    await recordAudit(tx, { actorId: user.id, action: "campaign.created", subjectType: "survey_campaign", subjectId: campaign.id, details: { surveyId: survey.id, partnerOrganisationId: membership.organisation.id, ...added } });
    return queueInvitations(tx, user.id, campaign.id, now);
  });
  dispatchSoon();
  return result;
}
