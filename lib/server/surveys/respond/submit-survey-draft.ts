import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/lib/db/client";
import { surveyResponses } from "@/lib/db/schema";
import { NotFoundError, type MessageKey } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { finaliseResponse, type ResponseRow } from "../finalise-response";
import { loadAnswerableSurvey } from "@/lib/server/surveys/shared/load-answerable-survey";
import { hashResumeToken } from "@/lib/server/surveys/shared/respondent-key";
import { SUBMISSION_RATE } from "../submit-answers";
import type { Respondent } from "@/lib/server/surveys/respond/shared/respondent";
import type { Membership } from "@/lib/server/organisations/shared/membership";
import { alreadySubmittedError, respondingOrganisation, submittedBy } from "@/lib/server/surveys/respond/shared/organisation-response";
import { recordChanges } from "@/lib/server/surveys/respond/shared/response-history";
import { surveyForReader } from "@/lib/server/translations/shared/survey-for-reader";

export const NOTHING_TO_SUBMIT: MessageKey = "problems.survey.nothingToSubmit";

/** Whether the row is this respondent's to send: their own draft, or their organisation's. */
function ownedBy(row: ResponseRow, respondent: Respondent, shared: Membership | null): boolean {
  if (shared) return row.organisationId === shared.organisation.id;
  if (respondent.campaignRecipientId) return row.campaignRecipientId === respondent.campaignRecipientId;
  if (respondent.user) return row.respondentId === respondent.user.id;
  return Boolean(respondent.resumeToken) && row.resumeTokenHash === hashResumeToken(respondent.resumeToken ?? "");
}

/**
 * A shared response already submitted: the same reference for the person who sent it (a double
 * click, a replayed form); a colleague is told who sent it and when.
 */
async function alreadySent(tx: Executor, row: ResponseRow, shared: Membership): Promise<{ reference: string }> {
  if (!row.reference || (await submittedBy(tx, row)).userId !== shared.userId) throw await alreadySubmittedError(tx, row);
  return { reference: row.reference };
}

/**
 * Sends the respondent's draft (the check-answers page names it): the draft row becomes the
 * submitted response, in one transaction. Sending it again (a double click, a replayed form)
 * returns the same reference rather than making a second response. An organisation's shared
 * response is sent by one of its people: the row's lock makes a colleague sending it at the same
 * moment wait, then be told it was already sent, by whom; the history records who sent it.
 */
export async function submitSurveyDraft(slug: string, respondent: Respondent, responseId: string, now = new Date()): Promise<{ reference: string }> {
  return getDb().transaction(async (tx) => {
    const survey = await loadAnswerableSurvey(tx, { slug }, respondent.user, now, respondent.campaignRecipientId);
    const shared = await respondingOrganisation(tx, survey, respondent.user);
    // The lock makes a second click wait for the first, then see the response it submitted.
    const [row] = await tx
      .select()
      .from(surveyResponses)
      .where(and(eq(surveyResponses.id, responseId), eq(surveyResponses.surveyId, survey.id)))
      .for("update");
    if (row?.status === "submitted" && row.reference && !shared) return { reference: row.reference };
    if (!row || !ownedBy(row, respondent, shared)) throw new NotFoundError(NOTHING_TO_SUBMIT);
    if (shared && row.status === "submitted") return alreadySent(tx, row, shared);
    const who = respondent.user?.id ?? row.id;
    await consumeRateLimit(tx, `survey-submit:${who}`, SUBMISSION_RATE, now);
    // In the words they read: what they consented to is recorded in them, and the receipt repeats them.
    const { survey: shown } = await surveyForReader(tx, survey, respondent.locale);
    const submitted = await finaliseResponse(tx, shown, row, { userId: respondent.user?.id ?? null, email: respondent.user?.email ?? null, locale: respondent.locale ?? respondent.user?.locale, pageLocale: respondent.locale }, now);
    if (shared) await recordChanges(tx, row.id, shared.userId, [{ subject: "submitted", before: null, after: { reference: submitted.reference } }], now);
    return { reference: submitted.reference };
  });
}
