import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { neighbourhoods, surveyResponses } from "@/lib/db/schema";
import { ValidationError } from "@/lib/errors";
import { londonDay } from "@/lib/domain/surveys/builder/london-day";
import { parseResponsesCsv, type ResponseCsvRow } from "@/lib/domain/surveys/offline/parse-responses-csv";
import type { SurveyRow } from "@/lib/server/surveys/finalise-response";
import { importRowKey } from "./offline-response";

/** A row as checked: its stored key, and the reference of the response an earlier import of it made. */
type CheckedResponseRow = ResponseCsvRow & { submissionKey: string; importedAs: string | null };

export type ResponseImportCheck = {
  rows: CheckedResponseRow[];
  /** Rows that would be saved now. */
  ready: number;
  /** Rows with problems: saved only if the officer chooses to keep the good rows. */
  errors: number;
  /** Rows an earlier import of this file already saved: never saved twice. */
  already: number;
};

/**
 * Reads a response import file for a survey and checks every row as the website checks a response;
 * rows an earlier import already saved (the same row, the same time in the file: see
 * `ResponseCsvRow.key`) are found by their stored key. A file that cannot be read is a ValidationError.
 */
export async function checkResponseImport(executor: Executor, survey: SurveyRow, text: string, now: Date): Promise<ResponseImportCheck> {
  const places = await executor.select({ id: neighbourhoods.id, name: neighbourhoods.name }).from(neighbourhoods);
  const csv = parseResponsesCsv(text, { definition: survey.definition, asksOrganisation: survey.asksOrganisation, neighbourhoods: places, today: londonDay(now) });
  if (!csv.ok) throw new ValidationError(csv.error, { file: [csv.error] });
  const keyed = csv.rows.map((row) => ({ ...row, submissionKey: importRowKey(survey.id, row.key) }));
  const earlier = new Map<string, string>();
  for (let start = 0; start < keyed.length; start += 500) {
    const keys = keyed.slice(start, start + 500).map((row) => row.submissionKey);
    const found = await executor
      .select({ key: surveyResponses.submissionKey, reference: surveyResponses.reference })
      .from(surveyResponses)
      .where(and(eq(surveyResponses.surveyId, survey.id), inArray(surveyResponses.submissionKey, keys)));
    for (const row of found) if (row.key && row.reference) earlier.set(row.key, row.reference);
  }
  const rows = keyed.map((row) => ({ ...row, importedAs: earlier.get(row.submissionKey) ?? null }));
  return {
    rows,
    ready: rows.filter((row) => row.response && !row.importedAs).length,
    errors: rows.filter((row) => row.problems.length > 0).length,
    already: rows.filter((row) => row.importedAs).length,
  };
}
