import "server-only";
import { getDb } from "@/lib/db/client";
import { NotFoundError, type MessageKey } from "@/lib/errors";
import { loadAnswerableSurvey } from "@/lib/server/surveys/shared/load-answerable-survey";
import { planJourney, type Step } from "@/lib/domain/surveys/journey";
import { findDraft } from "@/lib/server/surveys/respond/shared/respondent";
import { draftState } from "@/lib/server/surveys/respond/shared/survey-view";

const RESUME_LINK_EXPIRED: MessageKey = "problems.survey.resumeLinkExpired";

/** Checks an emailed resume link: the draft it opens, and the page to continue from. */
export async function resumeSurveyDraft(slug: string, token: string, now = new Date()): Promise<{ next: Step }> {
  const db = getDb();
  const survey = await loadAnswerableSurvey(db, { slug }, null, now);
  const draft = token ? await findDraft(db, survey.id, { user: null, resumeToken: token }) : null;
  if (!draft) throw new NotFoundError(RESUME_LINK_EXPIRED);
  return { next: planJourney(survey, draftState(draft)).nextStep };
}
