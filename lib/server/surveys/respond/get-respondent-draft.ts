import "server-only";
import { getDb } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { ALREADY_ANSWERED } from "../finalise-response";
import { loadAnswerableSurvey } from "@/lib/server/surveys/shared/load-answerable-survey";
import { EMPTY_ORGANISATION, planJourney } from "@/lib/domain/surveys/journey";
import { findDraft, hasAnswered, previousOrganisation, type Respondent } from "@/lib/server/surveys/respond/shared/respondent";
import { alreadySubmittedError, findOrganisationResponse, organisationRecord, respondingOrganisation } from "@/lib/server/surveys/respond/shared/organisation-response";
import { recipientOrganisation } from "@/lib/server/campaigns/shared/campaign-access";
import { listResponseHistory } from "@/lib/server/surveys/respond/shared/response-history";
import { draftState, respondentSurveyView } from "@/lib/server/surveys/respond/shared/survey-view";
import { surveyForReader } from "@/lib/server/translations/shared/survey-for-reader";

/**
 * The survey, the respondent's draft (if any) and where they stand, for the question pages. Throws
 * when they may not answer (not open, closed, wrong audience, already answered). On a survey
 * answered once per organisation the draft is the organisation's shared one, and `shared` names the
 * organisation and lists the response's history. The survey's words are in the respondent's language
 * where translated.
 */
export async function getRespondentDraft(slug: string, respondent: Respondent, now = new Date()) {
  const db = getDb();
  const survey = await loadAnswerableSurvey(db, { slug }, respondent.user, now, respondent.campaignRecipientId);
  if (await hasAnswered(db, survey, respondent.user)) throw new ConflictError(ALREADY_ANSWERED);
  const membership = await respondingOrganisation(db, survey, respondent.user);
  const draft = membership ? await findOrganisationResponse(db, survey.id, membership.organisation.id) : await findDraft(db, survey.id, respondent);
  if (draft?.status === "submitted") throw await alreadySubmittedError(db, draft);
  const state = draft ? draftState(draft) : null;
  let organisation = state?.organisation ?? EMPTY_ORGANISATION;
  if (survey.asksOrganisation && respondent.user && !organisation.organisationName) {
    organisation = membership ? await organisationRecord(db, membership.organisation.id) : ((await previousOrganisation(db, respondent.user.id)) ?? organisation);
  } else if (survey.asksOrganisation && respondent.campaignRecipientId && !organisation.organisationName) {
    organisation = (await recipientOrganisation(db, respondent.campaignRecipientId)) ?? organisation;
  }
  const history = membership && draft ? await listResponseHistory(db, draft.id) : [];
  // The questions in the respondent's language where translated: the journey's questions carry those words.
  const { survey: shown, ...language } = await surveyForReader(db, survey, respondent.locale);
  return {
    survey: respondentSurveyView(shown),
    language,
    draft: draft && state ? { id: draft.id, ...state } : null,
    organisation,
    journey: planJourney(shown, state),
    shared: membership ? { organisationName: membership.organisation.name, history: history.map(({ subject, name, at }) => ({ subject, name, at })) } : null,
  };
}
