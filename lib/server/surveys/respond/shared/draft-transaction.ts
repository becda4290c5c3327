import "server-only";
import { getDb, type Executor } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { hashResumeToken } from "@/lib/server/surveys/shared/respondent-key";
import { ALREADY_ANSWERED, type ResponseRow, type SurveyRow } from "@/lib/server/surveys/finalise-response";
import { loadAnswerableSurvey } from "@/lib/server/surveys/shared/load-answerable-survey";
import { findOrStartDraft, hasAnswered, type Respondent } from "@/lib/server/surveys/respond/shared/respondent";
import type { Membership } from "@/lib/server/organisations/shared/membership";
import { findOrStartOrganisationDraft, respondingOrganisation } from "@/lib/server/surveys/respond/shared/organisation-response";
import { surveyForReader } from "@/lib/server/translations/shared/survey-for-reader";

const DRAFT_SAVE_RATE = { limit: 120, windowSeconds: 60 };

/**
 * Runs one change to the respondent's draft in a transaction: the survey must take answers from
 * them now, and the draft is locked (or started). Anything `work` throws rolls the whole change
 * back, so a page with mistakes never loses what was saved before. `newToken` is set when an
 * anonymous draft was just started: the caller puts it in the browser's cookie. On a survey answered
 * once per organisation the draft is the organisation's shared one, and `shared` is the person's
 * membership (checked against the organisation policy). `work` gets the survey in the respondent's
 * language where translated.
 */
export async function inDraftTransaction<T>(
  slug: string,
  respondent: Respondent,
  now: Date,
  work: (tx: Executor, survey: SurveyRow, draft: ResponseRow, newToken: string | null, shared: Membership | null) => Promise<T>,
): Promise<{ result: T; newToken: string | null }> {
  return getDb().transaction(async (tx) => {
    const survey = await loadAnswerableSurvey(tx, { slug }, respondent.user, now, respondent.campaignRecipientId);
    if (await hasAnswered(tx, survey, respondent.user)) throw new ConflictError(ALREADY_ANSWERED);
    const who = respondent.user?.id ?? (respondent.resumeToken ? hashResumeToken(respondent.resumeToken) : null);
    if (who) await consumeRateLimit(tx, `survey-draft:${who}`, DRAFT_SAVE_RATE, now);
    const shared = await respondingOrganisation(tx, survey, respondent.user);
    const { draft, newToken } = shared ? { draft: await findOrStartOrganisationDraft(tx, survey, shared.organisation.id, now, respondent.surveyLinkId), newToken: null } : await findOrStartDraft(tx, survey, respondent, now);
    // Problems name the questions in the words the respondent reads (answers are keys, whatever the language).
    const { survey: shown } = await surveyForReader(tx, survey, respondent.locale);
    return { result: await work(tx, shown, draft, newToken, shared), newToken };
  });
}
