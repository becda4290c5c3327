import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb, type Executor } from "@/lib/db/client";
import { surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { surveyAvailability } from "@/lib/domain/surveys/availability";
import { allQuestions } from "@/lib/domain/surveys/definition";
import { planJourney } from "@/lib/domain/surveys/journey";
import type { SurveyRow } from "@/lib/server/surveys/finalise-response";
import { findDraft, hasAnswered, type Respondent } from "@/lib/server/surveys/respond/shared/respondent";
import { campaignLinkState } from "@/lib/server/campaigns/shared/campaign-access";
import { findAudienceProblem } from "@/lib/server/surveys/shared/load-answerable-survey";
import { checkResponder, findOrganisationResponse, submittedBy } from "@/lib/server/surveys/respond/shared/organisation-response";
import { contributors, listResponseHistory } from "@/lib/server/surveys/respond/shared/response-history";
import { draftState, respondentSurveyView } from "@/lib/server/surveys/respond/shared/survey-view";
import { surveyForReader } from "@/lib/server/translations/shared/survey-for-reader";

/**
 * Where the person's organisation stands with a survey answered once per organisation: why they
 * may not write its response, or its shared draft, who has worked on it, and who submitted it.
 */
async function organisationStanding(db: Executor, survey: SurveyRow, user: CurrentUser | null) {
  const checked = await checkResponder(db, user);
  if ("problem" in checked) return { problem: checked.problem, organisationName: null, draft: null, contributors: [], submitted: null };
  const response = await findOrganisationResponse(db, survey.id, checked.membership.organisation.id);
  const history = response ? await listResponseHistory(db, response.id) : [];
  const submitted = response?.status === "submitted" ? { ...(await submittedBy(db, response)), reference: response.reference ?? "" } : null;
  return { problem: null, organisationName: checked.membership.organisation.name, draft: response?.status === "draft" ? response : null, contributors: contributors(history), submitted };
}

/**
 * What the start page says: the survey, whether it takes answers now and from this person, and
 * where a saved draft continues. Unlike the question pages it does not throw for a closed survey or
 * the wrong audience: it explains them. The survey's words are in the respondent's language where
 * translated (`language` says how much). On a survey answered once per organisation, `shared` says
 * whose response it is, who has worked on it, and who submitted it.
 */
export async function getSurveyStart(slug: string, respondent: Respondent, now = new Date()) {
  const db = getDb();
  const [survey] = await db.select().from(surveys).where(eq(surveys.slug, slug));
  if (!survey || survey.status === "draft") throw new NotFoundError("problems.survey.notFound");
  const availability = surveyAvailability(survey, now);
  // Through a personal link the link decides, not the audience rules; an ended link sends them to get a new one.
  const campaignLink = respondent.campaignRecipientId ? await campaignLinkState(db, survey.id, respondent.campaignRecipientId, now) : null;
  const audience = campaignLink === "live" ? null : await findAudienceProblem(db, survey, respondent.user);
  const answered = campaignLink === "used" || (await hasAnswered(db, survey, respondent.user));
  const standing = survey.onePerOrganisation ? await organisationStanding(db, survey, respondent.user) : null;
  const mayAnswer = availability === "open" && audience === null && !answered && (!standing || (standing.problem === null && !standing.submitted));
  const draft = !mayAnswer ? null : standing ? standing.draft : await findDraft(db, survey.id, respondent);
  const journey = planJourney(survey, draft ? draftState(draft) : null);
  const { survey: shown, ...language } = await surveyForReader(db, survey, respondent.locale);
  return {
    survey: respondentSurveyView(shown),
    language,
    availability,
    audienceProblem: audience,
    answered,
    campaignLink,
    mayAnswer,
    resumable: Boolean(draft) && journey.started,
    nextStep: journey.nextStep,
    questionCount: allQuestions(survey.definition).length,
    shared: standing ? { problem: standing.problem, organisationName: standing.organisationName, contributors: standing.contributors, submitted: standing.submitted } : null,
  };
}
