import "server-only";
import { createHash } from "node:crypto";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { message, ValidationError } from "@/lib/errors";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { checkResponseImport } from "./shared/check-response-import";
import { findSurveyForEntry, writeOfflineResponse } from "./shared/offline-response";

export type ResponseImportResult = { imported: number; skipped: number; already: number };

/**
 * Step two of a response import: the text is checked again (the preview proves nothing) and, in
 * one transaction, every good row is saved as an entered response is (reference, tallies,
 * consents, channel, the officer). A file with rows that have problems saves nothing unless the
 * officer chose to keep the good rows (`keepGood`); rows an earlier import saved are not saved
 * again (their stored key is taken: the same file twice counts once).
 */
export async function importOfflineResponses(officer: CurrentUser, surveyId: string, input: { fileName: string; text: string; keepGood: boolean }, now = new Date()): Promise<ResponseImportResult> {
  return getDb().transaction(async (tx) => {
    const survey = await findSurveyForEntry(tx, surveyId);
    const check = await checkResponseImport(tx, survey, input.text, now);
    if (check.errors > 0 && !input.keepGood) {
      const problem = message("validation.responseImport.rowsHaveProblems", { errors: check.errors });
      throw new ValidationError(problem, { file: [problem] });
    }
    let imported = 0;
    let already = check.already;
    for (const row of check.rows) {
      if (!row.response || row.importedAs) continue;
      // Null: the same row saved by another import meanwhile (the key is unique).
      const saved = await writeOfflineResponse(tx, survey, officer.id, row.response, { key: row.submissionKey, now });
      if (saved) imported += 1;
      else already += 1;
    }
    const result = { imported, skipped: check.errors, already };
    const file = createHash("sha256").update(input.text).digest("hex");
    await recordAudit(tx, { actorId: officer.id, action: "survey.responses_imported", subjectType: "survey", subjectId: survey.id, details: { ...result, fileName: input.fileName, file } });
    return result;
  });
}
