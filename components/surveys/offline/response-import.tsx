"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CsvUploadForm, ImportPreviewTable } from "@/components/ui/csv-upload";
import { IDLE, type FormState } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ResponseImportState, ResponsePreviewState } from "@/lib/domain/surveys/offline/import-state";

type State = FormState | ResponseImportState;
type Props = { action: (previous: State, formData: FormData) => Promise<State>; surveyId: string };

/** Saving: everything when no row has a problem; otherwise only when the officer says so, by the button that says what it does. */
function Confirm({ preview, surveyId, formAction }: { preview: ResponsePreviewState; surveyId: string; formAction: (formData: FormData) => void }) {
  const t = useTranslations("surveyOffline.import");
  if (preview.ready === 0) return <p>{t("fixAndUpload")}</p>;
  return (
    <form action={formAction} className="form" aria-label={t("confirmLabel")}>
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="step" value="import" />
      <input type="hidden" name="fileName" value={preview.fileName} />
      <input type="hidden" name="csv" value={preview.text} />
      {preview.errors ? (
        <>
          <p className="hint">{t("nothingSaved", { errors: preview.errors })}</p>
          <input type="hidden" name="keep" value="good" />
          <SubmitButton pendingLabel={t("importing")}>{t("keepGood", { ready: preview.ready, errors: preview.errors })}</SubmitButton>
        </>
      ) : (
        <SubmitButton pendingLabel={t("importing")}>{t("confirm", { count: preview.ready })}</SubmitButton>
      )}
    </form>
  );
}

function Preview({ preview, surveyId, formAction }: { preview: ResponsePreviewState; surveyId: string; formAction: (formData: FormData) => void }) {
  const t = useTranslations("surveyOffline.import");
  return (
    <section aria-labelledby="preview-title">
      <h2 id="preview-title">{t("previewTitle", { file: preview.fileName })}</h2>
      <p role="status">{t("previewSummary", { total: preview.total, ready: preview.ready, errors: preview.errors, already: preview.already })}</p>
      {preview.rows.length ? (
        <ImportPreviewTable
          caption={t("previewCaption", { file: preview.fileName })}
          rows={preview.rows.map((row) => ({ ...row, errors: row.problems.map((problem) => (problem.column ? t("inColumn", { column: problem.column, problem: problem.message }) : problem.message)) }))}
          words={{ row: t("row"), result: t("result") }}
          ok={(row) => t("already", { reference: row.importedAs ?? "" })}
        />
      ) : null}
      {preview.hidden ? <p>{t("moreRows", { count: preview.hidden })}</p> : null}
      <Confirm preview={preview} surveyId={surveyId} formAction={formAction} />
    </section>
  );
}

/**
 * Paper, phone and event responses from a file, in two steps: upload and check (counts, and every
 * row with a problem, by column), then save. A file with problems saves nothing unless the officer
 * chooses to save the good rows. Plain forms throughout.
 */
export function ResponseImport({ action, surveyId }: Props) {
  const t = useTranslations("surveyOffline.import");
  const [state, formAction] = useActionState<State, FormData>(action, IDLE);
  const formState: FormState = state.status === "preview" || state.status === "imported" ? IDLE : state;
  return (
    <>
      {state.status === "imported" ? (
        <div className="notice notice--success" role="status">
          <p>{t("done", state)}</p>
          <p>
            <Link href={`/console/surveys/${surveyId}/results`}>{t("seeResults")}</Link>
          </p>
        </div>
      ) : null}
      {state.status === "preview" ? <Preview preview={state} surveyId={surveyId} formAction={formAction} /> : null}
      <CsvUploadForm
        action={formAction}
        state={formState}
        previewing={state.status === "preview"}
        words={{ form: t("uploadLabel"), file: t("file"), hint: t("fileHint"), submit: t("preview"), pending: t("checking") }}
      >
        <input type="hidden" name="surveyId" value={surveyId} />
      </CsvUploadForm>
    </>
  );
}
