import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { surveyResponses, surveys, surveyThemes } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { closingDay, londonDay } from "@/lib/domain/surveys/builder/london-day";
import type { SurveySettingsFormValues } from "@/lib/validations/survey-settings";

/** A survey as the builder needs it: settings in form shape, the questions, version and response counts. */
export async function getSurveyForEdit(id: string) {
  const db = getDb();
  const [survey] = await db
    .select({
      id: surveys.id,
      slug: surveys.slug,
      title: surveys.title,
      summary: surveys.summary,
      status: surveys.status,
      opensAt: surveys.opensAt,
      closesAt: surveys.closesAt,
      audience: surveys.audience,
      anonymous: surveys.anonymous,
      onePerPerson: surveys.onePerPerson,
      asksOrganisation: surveys.asksOrganisation,
      requiresVerified: surveys.requiresVerified,
      onePerOrganisation: surveys.onePerOrganisation,
      topicId: surveys.topicId,
      thankYou: surveys.thankYou,
      definition: surveys.definition,
      version: surveys.version,
    })
    .from(surveys)
    .where(eq(surveys.id, id));
  if (!survey) throw new NotFoundError("problems.survey.notFound");
  const [themeRows, counts] = await Promise.all([
    db.select({ id: surveyThemes.themeId }).from(surveyThemes).where(eq(surveyThemes.surveyId, id)),
    db
      .select({
        submitted: sql<number>`count(*) filter (where ${surveyResponses.status} = 'submitted')::int`,
        drafts: sql<number>`count(*) filter (where ${surveyResponses.status} = 'draft')::int`,
      })
      .from(surveyResponses)
      .where(eq(surveyResponses.surveyId, id)),
  ]);
  const settings: SurveySettingsFormValues = {
    title: survey.title,
    slug: survey.slug,
    summary: survey.summary,
    opensOn: survey.opensAt ? londonDay(survey.opensAt) : "",
    closesOn: survey.closesAt ? closingDay(survey.closesAt) : "",
    audience: survey.audience,
    anonymity: survey.anonymous ? "anonymous" : "named",
    onePerPerson: survey.onePerPerson,
    asksOrganisation: survey.asksOrganisation,
    requiresVerified: survey.requiresVerified,
    onePerOrganisation: survey.onePerOrganisation,
    topicId: survey.topicId ?? "",
    themeIds: themeRows.map((row) => row.id),
    thankYou: survey.thankYou,
  };
  return {
    ...survey,
    settings,
    responses: { submitted: counts[0]?.submitted ?? 0, drafts: counts[0]?.drafts ?? 0 },
  };
}

