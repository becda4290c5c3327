import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { surveyResponses, surveys } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";
import { surveyReceiptEmail } from "@/lib/email/templates/survey-receipt";
import { env } from "@/lib/env";
import { ConflictError, ValidationError, type FieldProblems, type MessageKey } from "@/lib/errors";
import type { Answers } from "@/lib/domain/surveys/answer-types";
import { checkResponse } from "@/lib/domain/surveys/check-response";
import { consentsGiven } from "@/lib/domain/surveys/consents";
import { checkOrganisation, type TOrganisationInput } from "@/lib/domain/surveys/organisation";
import { tallyKeys, type OrganisationFacts } from "@/lib/domain/surveys/tallies";
import { markRecipientSubmitted } from "@/lib/server/campaigns/shared/campaign-access";
import type { Locale } from "@/lib/i18n/locales";
import { respondentKey } from "@/lib/server/surveys/shared/respondent-key";
import { newResponseReference } from "@/lib/server/surveys/shared/response-reference";
import { writeSubmission, type SubmissionFacts } from "@/lib/server/surveys/shared/write-submission";

export type SurveyRow = typeof surveys.$inferSelect;
export type ResponseRow = typeof surveyResponses.$inferSelect;

export const ALREADY_ANSWERED: MessageKey = "problems.survey.alreadyAnswered";

function organisationErrors(survey: SurveyRow, response: OrganisationFacts & { organisationName: string | null }): FieldProblems {
  if (!survey.asksOrganisation) return {};
  const checked = checkOrganisation({ organisationName: response.organisationName, sector: response.sector, sizeBand: response.sizeBand, neighbourhoodId: response.neighbourhoodId });
  return checked.ok ? {} : checked.errors;
}

/** A response checked for submission: its answers as stored (hidden ones dropped) and what it counts. */
export interface CheckedSubmission {
  answers: Answers;
  keys: [string, string][];
}

/**
 * Checks a response before it is submitted: every answer against the current questions (answers
 * to questions now hidden are dropped), and the organisation where the survey asks for one.
 * Throws the problems field by field.
 */
export function checkSubmission(survey: SurveyRow, response: Pick<ResponseRow, "answers"> & OrganisationFacts & { organisationName: string | null }): CheckedSubmission {
  const checked = checkResponse(survey.definition, response.answers);
  const errors: FieldProblems = organisationErrors(survey, response);
  for (const problem of checked.problems) (errors[problem.field] ??= []).push(problem.message);
  if (Object.keys(errors).length > 0) throw new ValidationError("problems.survey.answersNeedChanges", errors);
  return { answers: checked.answers, keys: tallyKeys(survey.definition, checked.answers, response) };
}

/** The organisation's columns as a response stores them: what was given where the survey asks for it (it is tallied and exported), otherwise none. */
export function organisationColumns(survey: SurveyRow, given: { organisationName?: string | null; sector?: string | null; sizeBand?: TOrganisationInput["sizeBand"] | null; neighbourhoodId?: string | null } | null | undefined) {
  const asked = survey.asksOrganisation ? given : null;
  return { organisationName: asked?.organisationName ?? null, sector: asked?.sector ?? null, sizeBand: asked?.sizeBand ?? null, neighbourhoodId: asked?.neighbourhoodId ?? null };
}

/** A response submitted whole in one statement (the JSON API, an officer's entry): the row's columns every such submission shares. */
export function submittedRow(survey: SurveyRow, checked: CheckedSubmission, organisation: ReturnType<typeof organisationColumns>, at: Date) {
  return {
    surveyId: survey.id,
    status: "submitted" as const,
    reference: newResponseReference(),
    answers: checked.answers,
    ...organisation,
    furthestSection: survey.definition.sections.length,
    surveyVersion: survey.version,
    startedAt: at,
    submittedAt: at,
  };
}

/** What a submission writes beside its row: the facts `writeSubmission` needs. */
export function submissionFacts(survey: SurveyRow, checked: CheckedSubmission, organisation: OrganisationFacts, userId: string | null, now: Date): SubmissionFacts {
  const { sector, sizeBand, neighbourhoodId } = organisation;
  return {
    surveyId: survey.id,
    surveyVersion: survey.version,
    organisation: { sector, sizeBand, neighbourhoodId },
    keys: checked.keys,
    consents: consentsGiven(survey.definition, checked.answers),
    consentUserId: survey.anonymous ? null : userId,
    now,
  };
}

/** The receipt, to the outbox, when an address is known (once per response: keyed by its id). */
export async function queueReceipt(tx: Executor, survey: SurveyRow, submitted: { id: string; reference: string }, respondent: { email: string | null; locale?: Locale | null }, now: Date): Promise<void> {
  if (!respondent.email) return;
  const receipt = surveyReceiptEmail({ surveyTitle: survey.title, reference: submitted.reference, submittedAt: now, thankYou: survey.thankYou, surveyUrl: `${env.AUTH_URL}/surveys/${survey.slug}`, locale: respondent.locale ?? undefined });
  await enqueueEmail(tx, { to: respondent.email, ...receipt, category: "survey-receipt", idempotencyKey: `survey-receipt:${submitted.id}` });
}

/**
 * Submits a draft response inside the caller's transaction: every answer is checked again against
 * the current questions, the one-per-person rule is enforced, the response gets its reference and
 * its tally delta, what the person consented to is recorded with the words they saw, and a receipt
 * goes to the outbox when an address is known. A response that is already submitted is returned as it is.
 */
export async function finaliseResponse(
  tx: Executor,
  survey: SurveyRow,
  response: ResponseRow,
  respondent: { userId: string | null; email: string | null; locale?: Locale | null; pageLocale?: Locale },
  now = new Date(),
): Promise<{ id: string; reference: string }> {
  if (response.status === "submitted" && response.reference) return { id: response.id, reference: response.reference };
  const checked = checkSubmission(survey, response);
  const key = survey.onePerPerson && respondent.userId ? respondentKey(survey.id, respondent.userId) : null;
  if (key) {
    // Two submissions by one person at once: the second waits here, then sees the first.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
    const [existing] = await tx
      .select({ id: surveyResponses.id })
      .from(surveyResponses)
      .where(and(eq(surveyResponses.surveyId, survey.id), eq(surveyResponses.respondentKey, key)));
    if (existing) throw new ConflictError(ALREADY_ANSWERED);
  }
  const update = tx
    .update(surveyResponses)
    .set({
      status: "submitted",
      reference: newResponseReference(),
      answers: checked.answers,
      respondentId: survey.anonymous ? null : respondent.userId,
      respondentKey: key,
      resumeTokenHash: null,
      surveyVersion: survey.version,
      // The language of the pages it was sent from.
      locale: respondent.pageLocale ?? response.locale,
      submittedAt: now,
    })
    .where(and(eq(surveyResponses.id, response.id), eq(surveyResponses.status, "draft")))
    .returning({ id: surveyResponses.id, reference: surveyResponses.reference });
  const submitted = await writeSubmission(tx, update, submissionFacts(survey, checked, response, respondent.userId, now));
  if (!submitted) throw new ConflictError("problems.survey.alreadySubmitted");
  if (response.campaignRecipientId) await markRecipientSubmitted(tx, response.campaignRecipientId, now);
  await queueReceipt(tx, survey, submitted, respondent, now);
  return submitted;
}
