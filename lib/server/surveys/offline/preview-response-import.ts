import "server-only";
import { getDb } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { readCsvFile } from "@/lib/domain/partners/read-csv-file";
import { MAX_RESPONSE_CSV_BYTES } from "@/lib/domain/surveys/offline/parse-responses-csv";
import { checkResponseImport } from "./shared/check-response-import";
import { findSurveyForEntry } from "./shared/offline-response";

/**
 * Step one of a response import: every row checked as the website checks a response, with its
 * problems by column, and rows already imported found; the file's text for step two to send back.
 * Nothing is saved.
 */
export async function previewResponseImport(surveyId: string, file: File, now = new Date()) {
  const read = await readCsvFile(file, MAX_RESPONSE_CSV_BYTES);
  if (!read.ok) throw new ValidationError(read.error, { file: [read.error] });
  const db = getDb();
  const survey = await findSurveyForEntry(db, surveyId);
  return { fileName: file.name, text: read.text, ...(await checkResponseImport(db, survey, read.text, now)) };
}
