import { after } from "next/server";
import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { knownLocale } from "@/lib/i18n/locales";
import type { ErrorBody } from "@/lib/auth/error-response";
import { checkSameSiteJson } from "@/lib/auth/same-site-json";
import { parseJsonBody, uuidParam, withPublic } from "@/lib/auth/route";
import type { FieldErrors } from "@/lib/errors";
import { submitAnswers } from "@/lib/server/surveys/submit-answers";
import { foldTalliesIfDue } from "@/lib/server/surveys/tallies/fold-survey-tallies";
import { ZSurveySubmission } from "@/lib/validations/survey-submission";
import { clientAddress } from "@/lib/security/client-address";

type Problem = { questionId: string | null; field: string; message: string };

/** The question a field names: "q.<id>[.<part>]" and "answers.<id>[.other]" name one; "organisation.*" and "submissionKey" do not. */
function questionOf(field: string): string | null {
  const match = /^(?:q|answers)\.([a-z][a-z0-9_]*)/.exec(field);
  return match?.[1] ?? null;
}

function problemsOf(fieldErrors: FieldErrors): Problem[] {
  return Object.entries(fieldErrors).flatMap(([field, messages]) => messages.map((message) => ({ questionId: questionOf(field), field, message })));
}

/** A 400 names the questions: `{ error, problems: [{ questionId, field, message }] }`. */
const problemsBody: ErrorBody = (error, fieldErrors, code) => (code === "validation" ? { error, problems: problemsOf(fieldErrors) } : { error });

/**
 * Answers a survey in one request, for JavaScript clients and load tests: the same checks as the
 * pages, in one transaction.
 *   POST /api/surveys/<surveyId>/responses  { answers, organisation?, locale?, submissionKey }
 *   locale: the language the questions were read in (en, pa, ur, pl, ar); left out, the request's language.
 *   Content-Type: application/json; signed in (session cookie) when the survey's audience needs it.
 *   201 { reference } new; 200 { reference } a repeat of the same submissionKey;
 *   400 { error, problems: [{ questionId, field, message }] }; 401, 403, 404, 409, 415, 429 { error }
 */
export const POST = withPublic<{ surveyId: string }>(
  async (request, { params }) => {
    const surveyId = uuidParam(params.surveyId, "problems.survey.notFound");
    checkSameSiteJson(request, "response");
    const input = await parseJsonBody(request, ZSurveySubmission, { what: "response", invalid: "problems.survey.responseNeedsChanges" });
    const answeredIn = { ...input, locale: input.locale ?? knownLocale(await getLocale()) };
    const result = await submitAnswers(await getCurrentUser(), surveyId, answeredIn, { ip: clientAddress(request.headers) });
    // Once the response has gone: fold the tallies if this process has not lately (see SURVEY_TALLY_FOLD_SECONDS).
    after(() => foldTalliesIfDue());
    return Response.json({ reference: result.reference }, { status: result.repeated ? 200 : 201, headers: { "Cache-Control": "no-store" } });
  },
  { body: problemsBody },
);
