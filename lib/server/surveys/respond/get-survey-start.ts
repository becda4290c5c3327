import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { surveyAvailability } from "@/lib/domain/surveys/availability";
import { allQuestions } from "@/lib/domain/surveys/definition";
import { planJourney } from "@/lib/domain/surveys/journey";
import { findDraft, hasAnswered, type Respondent } from "@/lib/server/surveys/respond/shared/respondent";
import { findAudienceProblem } from "@/lib/server/surveys/shared/load-answerable-survey";
import { draftState, respondentSurveyView } from "@/lib/server/surveys/respond/shared/survey-view";

/**
 * What the start page says: the survey, whether it takes answers now and from this person, and
 * where a saved draft continues. Unlike the question pages it does not throw for a closed survey or
 * the wrong audience: it explains them.
 */
export async function getSurveyStart(slug: string, respondent: Respondent, now = new Date()) {
  const db = getDb();
  const [survey] = await db.select().from(surveys).where(eq(surveys.slug, slug));
  if (!survey || survey.status === "draft") throw new NotFoundError("problems.survey.notFound");
  const availability = surveyAvailability(survey, now);
  const audience = await findAudienceProblem(db, survey, respondent.user);
  const answered = await hasAnswered(db, survey, respondent.user);
  const mayAnswer = availability === "open" && audience === null && !answered;
  const draft = mayAnswer ? await findDraft(db, survey.id, respondent) : null;
  const journey = planJourney(survey, draft ? draftState(draft) : null);
  return {
    survey: respondentSurveyView(survey),
    availability,
    audienceProblem: audience,
    answered,
    mayAnswer,
    resumable: Boolean(draft) && journey.started,
    nextStep: journey.nextStep,
    questionCount: allQuestions(survey.definition).length,
  };
}
