import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { surveyResponses } from "@/lib/db/schema";
import { NotFoundError, type MessageKey } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { finaliseResponse } from "../finalise-response";
import { loadAnswerableSurvey } from "@/lib/server/surveys/shared/load-answerable-survey";
import { hashResumeToken } from "@/lib/server/surveys/shared/respondent-key";
import { SUBMISSION_RATE } from "../submit-answers";
import type { Respondent } from "@/lib/server/surveys/respond/shared/respondent";

export const NOTHING_TO_SUBMIT: MessageKey = "problems.survey.nothingToSubmit";

/**
 * Sends the respondent's draft (the check-answers page names it): the draft row becomes the
 * submitted response, in one transaction. Sending it again (a double click, a replayed form)
 * returns the same reference rather than making a second response.
 */
export async function submitSurveyDraft(slug: string, respondent: Respondent, responseId: string, now = new Date()): Promise<{ reference: string }> {
  return getDb().transaction(async (tx) => {
    const survey = await loadAnswerableSurvey(tx, { slug }, respondent.user, now);
    // The lock makes a second click wait for the first, then see the response it submitted.
    const [row] = await tx
      .select()
      .from(surveyResponses)
      .where(and(eq(surveyResponses.id, responseId), eq(surveyResponses.surveyId, survey.id)))
      .for("update");
    if (row?.status === "submitted" && row.reference) return { reference: row.reference };
    const own = respondent.user
      ? row?.respondentId === respondent.user.id
      : Boolean(respondent.resumeToken) && row?.resumeTokenHash === hashResumeToken(respondent.resumeToken ?? "");
    if (!row || !own) throw new NotFoundError(NOTHING_TO_SUBMIT);
    const who = respondent.user?.id ?? row.id;
    await consumeRateLimit(tx, `survey-submit:${who}`, SUBMISSION_RATE, now);
    const submitted = await finaliseResponse(tx, survey, row, { userId: respondent.user?.id ?? null, email: respondent.user?.email ?? null }, now);
    return { reference: submitted.reference };
  });
}
