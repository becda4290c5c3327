import "server-only";
import { eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import type { Executor } from "@/lib/db/client";
import { surveys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/server/rate-limit/consume-rate-limit";

/** Officers' survey writes (settings, questions, status) share one limit. */
export const SURVEY_WRITE_RATE = { limit: 120, windowSeconds: 600 };

/**
 * The start of every change to a survey: counts against the officer's write limit and locks the
 * survey's row for the transaction, so two saves cannot interleave.
 */
export async function lockSurveyForChange(tx: Executor, officer: CurrentUser, surveyId: string) {
  await consumeRateLimit(tx, `survey-manage:${officer.id}`, SURVEY_WRITE_RATE);
  const [survey] = await tx
    .select({ id: surveys.id, status: surveys.status, version: surveys.version, definition: surveys.definition, closesAt: surveys.closesAt, title: surveys.title, anonymous: surveys.anonymous })
    .from(surveys)
    .where(eq(surveys.id, surveyId))
    .for("update");
  if (!survey) throw new NotFoundError("problems.survey.notFound");
  return survey;
}
