import "server-only";
import { and, eq } from "drizzle-orm";
import type { Locale } from "@/lib/i18n/locales";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb, type Executor } from "@/lib/db/client";
import { surveyResponses } from "@/lib/db/schema";
import { ConflictError, fieldProblem, message, ValidationError, type FieldProblems } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";
import { allQuestions } from "@/lib/domain/surveys/definition";
import { otherKey } from "@/lib/domain/surveys/logic";
import type { TSurveySubmission } from "@/lib/validations/survey-submission";
import { ALREADY_ANSWERED, checkSubmission, organisationColumns, queueReceipt, submissionFacts, submittedRow, type SurveyRow } from "./finalise-response";
import { loadAnswerableSurvey } from "@/lib/server/surveys/shared/load-answerable-survey";
import { respondentKey, scopedSubmissionKey } from "@/lib/server/surveys/shared/respondent-key";
import { writeSubmission } from "@/lib/server/surveys/shared/write-submission";
import { surveyForReader } from "@/lib/server/translations/shared/survey-for-reader";

export const SUBMISSION_RATE = { limit: 30, windowSeconds: 60 };
/** Without an account, per network address: generous, for a library or an office sharing one. */
export const ANONYMOUS_SUBMISSION_RATE = { limit: 100, windowSeconds: 3600 };

function unknownQuestions(survey: SurveyRow, answers: Record<string, unknown>): FieldProblems {
  const known = new Set(allQuestions(survey.definition).flatMap(({ question }) => [question.id, otherKey(question.id)]));
  const errors: FieldProblems = {};
  for (const key of Object.keys(answers)) if (!known.has(key)) errors[`answers.${key}`] = [message("validation.answer.notAQuestion", { key })];
  return errors;
}

type Respondent = { id: string; email: string | null; locale?: Locale | null } | null;

/** The response a scoped key already made: a replay returns its reference; a key used on another survey is refused. */
async function earlierSubmission(tx: Executor, survey: SurveyRow, scopedKey: string): Promise<{ id: string; reference: string; repeated: true } | null> {
  const [earlier] = await tx
    .select({ id: surveyResponses.id, reference: surveyResponses.reference, surveyId: surveyResponses.surveyId })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.submissionKey, scopedKey), eq(surveyResponses.status, "submitted")));
  if (!earlier) return null;
  if (earlier.reference && earlier.surveyId === survey.id) return { id: earlier.id, reference: earlier.reference, repeated: true };
  throw new ValidationError("problems.survey.submissionKeyUsed", fieldProblem("submissionKey", "validation.survey.newSubmissionKey"));
}

/** A validation problem, unless the key is a replay of an earlier submission (which answers with its reference). */
async function checkedOrReplay(tx: Executor, survey: SurveyRow, scopedKey: string, response: Parameters<typeof checkSubmission>[1]) {
  try {
    return { checked: checkSubmission(survey, response) };
  } catch (error) {
    const earlier = error instanceof ValidationError ? await earlierSubmission(tx, survey, scopedKey) : null;
    if (earlier) return { earlier };
    throw error;
  }
}

/**
 * Checks and submits a whole response in one statement (the row, its tally delta and its
 * consents); a repeated submission key returns the first. `onNew` runs once a new response row
 * exists (a rate limit): a repeat, even one sent at the same moment, never reaches it. The unique
 * keys decide races: the same key twice at once makes one row (the second waits, then finds it),
 * as does one person answering a one-per-person survey twice at once (the second is refused).
 */
export async function submitResponseIn(
  tx: Executor,
  survey: SurveyRow,
  user: Respondent,
  input: TSurveySubmission,
  now = new Date(),
  onNew: () => Promise<void> = async () => undefined,
): Promise<{ id: string; reference: string; repeated: boolean }> {
  // Checked before anything is written: answers to questions this survey does not have.
  const unknown = unknownQuestions(survey, input.answers);
  if (Object.keys(unknown).length) throw new ValidationError("problems.survey.unknownQuestions", unknown);
  // Organisation details count only where the survey asks for them (they are tallied and exported).
  const organisation = organisationColumns(survey, input.organisation);
  // Keys are the sender's own: the same key from someone else is a different key (no one else's reference).
  const scopedKey = scopedSubmissionKey(user?.id ?? null, input.submissionKey);
  const outcome = await checkedOrReplay(tx, survey, scopedKey, { answers: input.answers, ...organisation });
  if (outcome.earlier) return outcome.earlier;
  const { checked } = outcome;
  const userId = user?.id ?? null;
  const respondentKeyValue = survey.onePerPerson && userId ? respondentKey(survey.id, userId) : null;
  const insert = tx
    .insert(surveyResponses)
    .values({
      ...submittedRow(survey, checked, organisation, now),
      locale: input.locale ?? "en",
      respondentId: survey.anonymous ? null : userId,
      respondentKey: respondentKeyValue,
      submissionKey: scopedKey,
    })
    // Any unique key: the submission key (a replay), the person's key (answered already).
    .onConflictDoNothing()
    .returning({ id: surveyResponses.id, reference: surveyResponses.reference });
  const submitted = await writeSubmission(tx, insert, submissionFacts(survey, checked, organisation, userId, now));
  if (!submitted) {
    // A replay, or the same submission twice at once (the other request has made and committed it).
    const other = await earlierSubmission(tx, survey, scopedKey);
    if (other) return other;
    if (respondentKeyValue) throw new ConflictError(ALREADY_ANSWERED);
    throw new Error("submitResponseIn: no row inserted and no earlier submission under the key");
  }
  // Sent together (one round trip on the transaction's connection); a refusal by `onNew` rolls both back.
  await Promise.all([onNew(), queueReceipt(tx, survey, submitted, { email: user?.email ?? null, locale: user?.locale }, now)]);
  return { ...submitted, repeated: false };
}

/**
 * Answers a survey in one request (the JSON API): the same checks as the pages, in one transaction,
 * so a response is either wholly saved or not at all. A survey answered once per organisation is
 * written together on its pages, so it is refused here.
 */
export async function submitAnswers(
  user: CurrentUser | null,
  surveyId: string,
  input: TSurveySubmission,
  request: { ip: string | null } = { ip: null },
): Promise<{ reference: string; repeated: boolean }> {
  return getDb().transaction(async (tx) => {
    const survey = await loadAnswerableSurvey(tx, { id: surveyId }, user);
    if (survey.onePerOrganisation) throw new ConflictError("problems.organisationResponse.pagesOnly");
    const limit = async () => {
      if (user) await consumeRateLimit(tx, `survey-submit:${user.id}`, SUBMISSION_RATE);
      else if (request.ip) await consumeRateLimit(tx, `survey-submit-ip:${request.ip}`, ANONYMOUS_SUBMISSION_RATE);
    };
    const { survey: shown } = await surveyForReader(tx, survey, input.locale);
    const result = await submitResponseIn(tx, shown, user, input, new Date(), limit);
    return { reference: result.reference, repeated: result.repeated };
  });
}
