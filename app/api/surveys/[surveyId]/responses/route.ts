import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { errorResponse } from "@/lib/auth/error-response";
import { refuseCrossSiteJson } from "@/lib/auth/same-site-json";
import { fieldErrorsFrom, NotFoundError, ValidationError, type FieldErrors } from "@/lib/errors";
import { submitAnswers } from "@/lib/server/surveys/submit-answers";
import { ZSurveySubmission } from "@/lib/validations/survey-submission";
import { clientAddress } from "@/lib/security/client-address";

const INVALID = "Some answers need changing before the response can be accepted.";

type Problem = { questionId: string | null; field: string; message: string };

/** The question a field names: "q.<id>[.<part>]" and "answers.<id>[.other]" name one; "organisation.*" and "submissionKey" do not. */
function questionOf(field: string): string | null {
  const match = /^(?:q|answers)\.([a-z][a-z0-9_]*)/.exec(field);
  return match?.[1] ?? null;
}

function problemsOf(fieldErrors: FieldErrors): Problem[] {
  return Object.entries(fieldErrors).flatMap(([field, messages]) => messages.map((message) => ({ questionId: questionOf(field), field, message })));
}

const invalid = (error: string, problems: Problem[]) => Response.json({ error, problems }, { status: 400 });

/**
 * Answers a survey in one request, for JavaScript clients and load tests: the same checks as the
 * pages, in one transaction.
 *   POST /api/surveys/<surveyId>/responses  { answers, organisation?, submissionKey }
 *   Content-Type: application/json; signed in (session cookie) when the survey's audience needs it.
 *   201 { reference } new; 200 { reference } a repeat of the same submissionKey;
 *   400 { error, problems: [{ questionId, field, message }] }; 401, 403, 404, 409, 415, 429 { error }
 */
export async function POST(request: Request, context: { params: Promise<{ surveyId: string }> }): Promise<Response> {
  try {
    const { surveyId } = await context.params;
    if (!z.uuid().safeParse(surveyId).success) throw new NotFoundError("That survey could not be found.");
    const refused = refuseCrossSiteJson(request, "response");
    if (refused) return refused;
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return invalid("Send the response as a JSON object.", [{ questionId: null, field: "form", message: "The request body is not valid JSON." }]);
    }
    const parsed = ZSurveySubmission.safeParse(body);
    if (!parsed.success) {
      return invalid(INVALID, problemsOf(fieldErrorsFrom(parsed.error.issues)));
    }
    const result = await submitAnswers(await getCurrentUser(), surveyId, parsed.data, { ip: clientAddress(request.headers) });
    return Response.json({ reference: result.reference }, { status: result.repeated ? 200 : 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof ValidationError) return invalid(error.message, problemsOf(error.fieldErrors));
    return errorResponse(error, "Survey response API");
  }
}
