import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import type { Executor } from "@/lib/db/client";
import { surveys } from "@/lib/db/schema";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { audienceNeedsOrganisation, audienceProblem, surveyAvailability, type AudienceProblem, type SurveyAudienceRules } from "@/lib/domain/surveys/availability";
import { assertCampaignLink } from "@/lib/server/campaigns/shared/campaign-access";
import { findMembership } from "@/lib/server/organisations/shared/membership";
import type { SurveyRow } from "@/lib/server/surveys/finalise-response";

/**
 * Why this person may not answer the survey, or null. Their organisation's verification is read
 * (as stored, never as a form claims) only when it can change the answer.
 */
export async function findAudienceProblem(executor: Executor, survey: SurveyAudienceRules, user: CurrentUser | null): Promise<AudienceProblem | null> {
  const role = user?.role ?? null;
  const membership = user && audienceNeedsOrganisation(survey, role) ? await findMembership(executor, user.id) : null;
  return audienceProblem(survey, role, membership?.organisation.verification ?? null);
}

/**
 * The survey, if this person may answer it now; otherwise the error that says why (not published,
 * not open yet, closed, sign in first, employers only, verified organisations only). Through a
 * campaign's personal link the link is the authority instead of the audience rules: it must be live.
 */
export async function loadAnswerableSurvey(executor: Executor, where: { id: string } | { slug: string }, user: CurrentUser | null, now = new Date(), campaignRecipientId?: string | null): Promise<SurveyRow> {
  const [survey] = await executor
    .select()
    .from(surveys)
    .where("id" in where ? eq(surveys.id, where.id) : eq(surveys.slug, where.slug));
  if (!survey) throw new NotFoundError("problems.survey.notFound");
  switch (surveyAvailability(survey, now)) {
    case "draft":
      throw new NotFoundError("problems.survey.notFound");
    case "not_open_yet":
      throw new ConflictError("problems.survey.opensOn", { date: survey.opensAt ?? now });
    case "closed":
      throw survey.closesAt && survey.closesAt <= now ? new ConflictError("problems.survey.closedOn", { date: survey.closesAt }) : new ConflictError("problems.survey.closed");
    case "open":
      break;
  }
  if (campaignRecipientId) {
    await assertCampaignLink(executor, survey.id, campaignRecipientId, now);
    return survey;
  }
  switch (await findAudienceProblem(executor, survey, user)) {
    case "sign_in":
      throw new UnauthenticatedError("problems.survey.signInToAnswer");
    case "employers_only":
      throw new ForbiddenError("problems.survey.employersOnly");
    case "verified_only":
      throw new ForbiddenError("problems.survey.verifiedOnly");
    case "organisation_rejected":
      throw new ForbiddenError("problems.survey.organisationRejected");
    case null:
      return survey;
  }
}
