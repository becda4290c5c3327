import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { surveyDimensionTallies, surveyResponses, surveys, surveyTallies } from "@/lib/db/schema";
import { enqueueEmail } from "@/lib/email/outbox";
import { surveyReceiptEmail } from "@/lib/email/templates/survey-receipt";
import { env } from "@/lib/env";
import { ConflictError, ValidationError, type FieldErrors } from "@/lib/errors";
import type { Answers } from "@/lib/surveys/answer-types";
import { checkResponse } from "@/lib/surveys/check-response";
import { ZOrganisationInput } from "@/lib/surveys/organisation";
import { dimensionTallyKeys, tallyKeys, type OrganisationFacts } from "@/lib/surveys/tallies";
import { respondentKey } from "./respondent-key";
import { newResponseReference } from "./response-reference";

export type SurveyRow = typeof surveys.$inferSelect;
export type ResponseRow = typeof surveyResponses.$inferSelect;

export const ALREADY_ANSWERED = "You have already answered this survey. Thank you for taking part.";

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

/**
 * Adds one submitted response's counts to the survey's tallies, and to its tallies by organisation
 * dimension: one upsert each (keys arrive sorted, so concurrent submissions lock rows in one order).
 */
async function addTallies(tx: Executor, surveyId: string, keys: [string, string][], organisation: OrganisationFacts): Promise<void> {
  await tx
    .insert(surveyTallies)
    .values(countKeys(keys).map(({ key: [questionKey, choice], count }) => ({ surveyId, questionKey, choice, count })))
    .onConflictDoUpdate({ target: [surveyTallies.surveyId, surveyTallies.questionKey, surveyTallies.choice], set: { count: sql`${surveyTallies.count} + excluded.count` } });
  const byDimension = countKeys(dimensionTallyKeys(keys, organisation));
  if (byDimension.length === 0) return;
  const table = surveyDimensionTallies;
  await tx
    .insert(table)
    .values(byDimension.map(({ key: [dimension, value, questionKey, choice], count }) => ({ surveyId, dimension, value, questionKey, choice, count })))
    .onConflictDoUpdate({ target: [table.surveyId, table.dimension, table.value, table.questionKey, table.choice], set: { count: sql`${table.count} + excluded.count` } });
}

function organisationErrors(survey: SurveyRow, response: ResponseRow): FieldErrors {
  if (!survey.asksOrganisation) return {};
  const parsed = ZOrganisationInput.safeParse({
    organisationName: response.organisationName ?? "",
    sector: response.sector ?? "",
    sizeBand: response.sizeBand ?? "",
    neighbourhoodId: response.neighbourhoodId ?? "",
  });
  if (parsed.success) return {};
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) (errors[`org.${issue.path.join(".")}`] ??= []).push(issue.message);
  return errors;
}

/**
 * Submits a draft response inside the caller's transaction: every answer is checked again against
 * the current questions (answers to questions now hidden are dropped), the one-per-person rule is
 * enforced, the response gets its reference, the tallies move, and a receipt goes to the outbox
 * when an address is known. A response that is already submitted is returned as it is.
 */
export async function finaliseResponse(
  tx: Executor,
  survey: SurveyRow,
  response: ResponseRow,
  respondent: { userId: string | null; email: string | null },
  now = new Date(),
): Promise<{ id: string; reference: string }> {
  if (response.status === "submitted" && response.reference) return { id: response.id, reference: response.reference };
  const checked = checkResponse(survey.definition, response.answers);
  const errors: FieldErrors = organisationErrors(survey, response);
  for (const problem of checked.problems) (errors[problem.field] ??= []).push(problem.message);
  if (Object.keys(errors).length > 0) throw new ValidationError("Some answers need changing before you can submit.", errors);

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
      submittedAt: now,
    })
    .where(and(eq(surveyResponses.id, response.id), eq(surveyResponses.status, "draft")))
    .returning({ id: surveyResponses.id, reference: surveyResponses.reference });
  if (!submitted?.reference) throw new ConflictError("This response has already been submitted.");
  await addTallies(tx, survey.id, tallyKeys(survey.definition, answers, response), response);
  if (respondent.email) {
    const receipt = surveyReceiptEmail({ surveyTitle: survey.title, reference, submittedAt: now, thankYou: survey.thankYou, surveyUrl: `${env.AUTH_URL}/surveys/${survey.slug}` });
    await enqueueEmail(tx, { to: respondent.email, ...receipt, category: "survey-receipt", idempotencyKey: `survey-receipt:${response.id}` });
  }
  return { id: submitted.id, reference: submitted.reference };
}
