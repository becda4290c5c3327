"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { revalidatePath } from "next/cache";
import { textFields } from "@/app/(public)/surveys/[slug]/answer-conflicts";
import { formAction } from "@/lib/auth/action";
import { requestTranslator } from "@/lib/auth/error-response";
import { translate } from "@/lib/i18n/translate";
import type { ResponseImportState } from "@/lib/domain/surveys/offline/import-state";
import type { FormInput } from "@/lib/domain/surveys/parse-answers";
import { importOfflineResponses } from "@/lib/server/surveys/offline/import-offline-responses";
import { previewResponseImport } from "@/lib/server/surveys/offline/preview-response-import";
import { submitOfflineResponse } from "@/lib/server/surveys/offline/submit-offline-response";
import { foldTalliesIfDue } from "@/lib/server/surveys/tallies/fold-survey-tallies";
import { ZOfflineEntry, ZResponseImport } from "@/lib/validations/survey-entry";

/** Rows the preview lists: those with problems or already imported, up to this many. */
const PREVIEW_ROWS = 300;

const base = (surveyId: string) => `/console/surveys/${surveyId}`;

/** The q.* and org.* fields of the form: the use case reads them as the survey's pages do. */
const answerFields = (input: Record<string, unknown>): FormInput => textFields(input, (name) => name.startsWith("q.") || name.startsWith("org."));

export const enterResponseAction = formAction("survey:enter-responses", ZOfflineEntry, async (input, { user }) => {
  const { reference } = await submitOfflineResponse(user, input.surveyId, { channel: input.channel, received: input.received, form: answerFields(input) });
  after(() => foldTalliesIfDue());
  revalidatePath(`${base(input.surveyId)}/results`);
  redirect(`${base(input.surveyId)}/responses/new?saved=${encodeURIComponent(reference)}`);
});

/** Both steps of an import: "preview" reads the upload, "import" checks the same text again and saves. */
export const importResponsesAction = formAction<typeof ZResponseImport, ResponseImportState>("survey:enter-responses", ZResponseImport, async (input, { user }) => {
  if (input.step === "import") {
    const result = await importOfflineResponses(user, input.surveyId, { fileName: input.fileName, text: input.csv, keepGood: input.keep === "good" });
    after(() => foldTalliesIfDue());
    revalidatePath(`${base(input.surveyId)}/results`);
    return { status: "imported", ...result };
  }
  const preview = await previewResponseImport(input.surveyId, input.file);
  // The rows' problems are messages: translated here, for the preview table to show as they are.
  const t = await requestTranslator();
  const listed = preview.rows.flatMap((row) =>
    row.problems.length || row.importedAs
      ? [{ line: row.line, problems: row.problems.map((problem) => ({ column: problem.column, message: translate(t, problem.message) })), importedAs: row.importedAs }]
      : [],
  );
  return {
    status: "preview",
    fileName: preview.fileName,
    text: preview.text,
    total: preview.rows.length,
    ready: preview.ready,
    errors: preview.errors,
    already: preview.already,
    rows: listed.slice(0, PREVIEW_ROWS),
    hidden: Math.max(0, listed.length - PREVIEW_ROWS),
  };
});
