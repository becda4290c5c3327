import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { surveyResponses, surveys } from "@/lib/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { OfflineResponse } from "@/lib/domain/surveys/offline/read-offline-response";
import { londonDay, startOfLondonDay } from "@/lib/domain/surveys/builder/london-day";
import { checkSubmission, organisationColumns, submissionFacts, submittedRow, type SurveyRow } from "@/lib/server/surveys/finalise-response";
import { scopedSubmissionKey } from "@/lib/server/surveys/shared/respondent-key";
import { writeSubmission } from "@/lib/server/surveys/shared/write-submission";

/**
 * The survey an officer enters responses to: any survey that has been published (open, or closed:
 * forms posted before the closing day still arrive after it). A draft takes none.
 */
export async function findSurveyForEntry(executor: Executor, surveyId: string): Promise<SurveyRow> {
  const [survey] = await executor.select().from(surveys).where(eq(surveys.id, surveyId));
  if (!survey) throw new NotFoundError("problems.survey.notFound");
  if (survey.status === "draft") throw new ConflictError("problems.surveyEntry.notPublished");
  return survey;
}

/** When a response received on `day` counts as submitted: now for today (or no day), otherwise midday that day in London. */
function submittedAt(day: string | null, now: Date): Date {
  if (!day || day >= londonDay(now)) return now;
  return new Date(startOfLondonDay(day).getTime() + 12 * 3600_000);
}

/** The stored submission key of an imported row: the same row of the same file gives the same key. */
export const importRowKey = (surveyId: string, rowKey: string) => scopedSubmissionKey(null, `offline-import:${surveyId}:${rowKey}`);

/**
 * Writes a paper, phone or event response as a submitted one, exactly as a website submission is
 * written: the answers checked again, a reference, its tally delta and its consents in the same
 * statement (`writeSubmission`). It is linked to no resident's account: it records its channel and
 * the officer who entered it. With a `key` (an imported row), a key already used writes nothing
 * and gives null.
 */
export async function writeOfflineResponse(
  tx: Executor,
  survey: SurveyRow,
  officerId: string,
  response: OfflineResponse,
  options: { key?: string; now?: Date } = {},
): Promise<{ id: string; reference: string } | null> {
  const now = options.now ?? new Date();
  const organisation = organisationColumns(survey, response.organisation);
  const checked = checkSubmission(survey, { answers: response.answers, ...organisation });
  const at = submittedAt(response.receivedDay, now);
  const insert = tx
    .insert(surveyResponses)
    .values({ ...submittedRow(survey, checked, organisation, at), submissionKey: options.key ?? null, channel: response.channel, enteredBy: officerId })
    .onConflictDoNothing({ target: surveyResponses.submissionKey })
    .returning({ id: surveyResponses.id, reference: surveyResponses.reference });
  return writeSubmission(tx, insert, submissionFacts(survey, checked, organisation, null, at));
}
