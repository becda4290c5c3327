import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { consentRecords, surveyResponses, surveys } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/server/outbox/shared/enqueue-email";
import { surveyReceiptEmail } from "@/lib/email/templates/survey-receipt";
import { env } from "@/lib/env";
import { ConflictError, ValidationError, type FieldProblems, type MessageKey } from "@/lib/errors";
import type { Answers } from "@/lib/domain/surveys/answer-types";
import { checkResponse } from "@/lib/domain/surveys/check-response";
import { consentsGiven } from "@/lib/domain/surveys/consents";
import { checkOrganisation } from "@/lib/domain/surveys/organisation";
import { dimensionTallyKeys, tallyKeys, type OrganisationFacts } from "@/lib/domain/surveys/tallies";
import { markRecipientSubmitted } from "@/lib/server/campaigns/shared/campaign-access";
import type { Locale } from "@/lib/i18n/locales";
import { respondentKey } from "@/lib/server/surveys/shared/respondent-key";
import { newResponseReference } from "@/lib/server/surveys/shared/response-reference";

export type SurveyRow = typeof surveys.$inferSelect;
export type ResponseRow = typeof surveyResponses.$inferSelect;

export const ALREADY_ANSWERED: MessageKey = "problems.survey.alreadyAnswered";

/** How often each key occurs (a key may not appear twice in one upsert), in the keys' order. */
function countKeys<K extends string[]>(keys: K[]): { key: K; count: number }[] {
  const counts = new Map<string, { key: K; count: number }>();
  for (const key of keys) {
    const id = key.join("\u0000");
    const entry = counts.get(id) ?? { key, count: 0 };
    entry.count += 1;
    counts.set(id, entry);
  }
  return [...counts.values()];
}

/** One column of the keys, as a single array parameter (for unnest). */
const column = <T>(values: T[], type: "text" | "int") => sql`${sql.param(values)}::${sql.raw(type)}[]`;

/**
 * Adds one submitted response's counts to the survey's tallies, and to its tallies by organisation
 * dimension, in one statement: the keys travel as arrays, in their sorted order, so concurrent
 * submissions lock the rows in one order.
 */
async function addTallies(tx: Executor, surveyId: string, keys: [string, string][], organisation: OrganisationFacts): Promise<void> {
  const all = countKeys(keys);
  const byDimension = countKeys(dimensionTallyKeys(keys, organisation));
  const part = <K extends string[]>(rows: { key: K }[], index: number) => column(rows.map(({ key }) => key[index] ?? ""), "text");
  await tx.execute(sql`
    with counted as (
      insert into survey_tallies (survey_id, question_key, choice, count)
      select ${surveyId}::uuid, t.question_key, t.choice, t.count
      from unnest(${part(all, 0)}, ${part(all, 1)}, ${column(all.map(({ count }) => count), "int")}) as t(question_key, choice, count)
      on conflict (survey_id, question_key, choice) do update set count = survey_tallies.count + excluded.count
    )
    insert into survey_dimension_tallies (survey_id, dimension, value, question_key, choice, count)
    select ${surveyId}::uuid, t.dimension, t.value, t.question_key, t.choice, t.count
    from unnest(${part(byDimension, 0)}, ${part(byDimension, 1)}, ${part(byDimension, 2)}, ${part(byDimension, 3)}, ${column(byDimension.map(({ count }) => count), "int")})
      as t(dimension, value, question_key, choice, count)
    on conflict (survey_id, dimension, value, question_key, choice) do update set count = survey_dimension_tallies.count + excluded.count`);
}

function organisationErrors(survey: SurveyRow, response: ResponseRow): FieldProblems {
  if (!survey.asksOrganisation) return {};
  const checked = checkOrganisation({ organisationName: response.organisationName, sector: response.sector, sizeBand: response.sizeBand, neighbourhoodId: response.neighbourhoodId });
  return checked.ok ? {} : checked.errors;
}

/**
 * Submits a draft response inside the caller's transaction: every answer is checked again against
 * the current questions (answers to questions now hidden are dropped), the one-per-person rule is
 * enforced, the response gets its reference, the tallies move, what the person consented to is
 * recorded with the words they saw, and a receipt goes to the outbox when an address is known. A response that is already submitted is returned as it is.
 */
export async function finaliseResponse(
  tx: Executor,
  survey: SurveyRow,
  response: ResponseRow,
  respondent: { userId: string | null; email: string | null; locale?: Locale | null; pageLocale?: Locale },
  now = new Date(),
): Promise<{ id: string; reference: string }> {
  if (response.status === "submitted" && response.reference) return { id: response.id, reference: response.reference };
  const checked = checkResponse(survey.definition, response.answers);
  const errors: FieldProblems = organisationErrors(survey, response);
  for (const problem of checked.problems) (errors[problem.field] ??= []).push(problem.message);
  if (Object.keys(errors).length > 0) throw new ValidationError("problems.survey.answersNeedChanges", errors);

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
  const reference = newResponseReference();
  const answers: Answers = checked.answers;
  const [submitted] = await tx
    .update(surveyResponses)
    .set({
      status: "submitted",
      reference,
      answers,
      respondentId: survey.anonymous ? null : respondent.userId,
      respondentKey: key,
      resumeTokenHash: null,
      surveyVersion: survey.version,
      // The language of the pages it was sent from; a response sent whole (the API) already has its own.
      locale: respondent.pageLocale ?? response.locale,
      submittedAt: now,
    })
    .where(and(eq(surveyResponses.id, response.id), eq(surveyResponses.status, "draft")))
    .returning({ id: surveyResponses.id, reference: surveyResponses.reference });
  if (!submitted?.reference) throw new ConflictError("problems.survey.alreadySubmitted");
  await addTallies(tx, survey.id, tallyKeys(survey.definition, answers, response), response);
  // What the person agreed to, in the words they saw and that version of the survey.
  const consents = consentsGiven(survey.definition, answers);
  if (consents.length > 0) {
    await tx.insert(consentRecords).values(
      consents.map((consent) => ({
        userId: survey.anonymous ? null : respondent.userId,
        responseId: submitted.id,
        subject: `survey:${survey.id}:${consent.questionId}`,
        wording: consent.wording,
        version: `survey ${survey.id} version ${survey.version}`,
        givenAt: now,
      })),
    );
  }
  if (response.campaignRecipientId) await markRecipientSubmitted(tx, response.campaignRecipientId, now);
  if (respondent.email) {
    const receipt = surveyReceiptEmail({ surveyTitle: survey.title, reference, submittedAt: now, thankYou: survey.thankYou, surveyUrl: `${env.AUTH_URL}/surveys/${survey.slug}`, locale: respondent.locale ?? undefined });
    await enqueueEmail(tx, { to: respondent.email, ...receipt, category: "survey-receipt", idempotencyKey: `survey-receipt:${response.id}` });
  }
  return { id: submitted.id, reference: submitted.reference };
}
