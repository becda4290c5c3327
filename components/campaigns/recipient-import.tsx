"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CsvUploadForm, ImportPreviewTable } from "@/components/ui/csv-upload";
import { IDLE, type FormState } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import type { RecipientImportState, RecipientPreviewState } from "@/lib/domain/campaigns/import-state";

type State = FormState | RecipientImportState;
type Props = { action: (previous: State, formData: FormData) => Promise<State>; surveyId: string; campaignId: string };

function Preview({ preview, hidden, formAction }: { preview: RecipientPreviewState; hidden: React.ReactNode; formAction: (formData: FormData) => void }) {
  const t = useTranslations("campaigns.import");
  return (
    <section aria-labelledby="preview-title">
      <h3 id="preview-title">{t("previewTitle", { file: preview.fileName })}</h3>
      <p role="status">{t("previewSummary", { total: preview.total, ready: preview.ready, errors: preview.errors, merged: preview.merged, skipped: preview.skipped, existing: preview.existing })}</p>
      {preview.rows.length ? (
        <ImportPreviewTable
          caption={t("previewCaption", { file: preview.fileName })}
          rows={preview.rows}
          words={{ row: t("row"), result: t("result") }}
          columns={[
            { key: "email", header: t("email"), cell: (row) => row.email },
            { key: "organisation", header: t("organisation"), cell: (row) => row.organisation },
          ]}
          ok={(row) => row.note}
        />
      ) : null}
      {preview.hidden ? <p>{t("moreRows", { count: preview.hidden })}</p> : null}
      {preview.ready > 0 ? (
        <form action={formAction} className="form" aria-label={t("confirmLabel")}>
          {hidden}
          <input type="hidden" name="step" value="import" />
          <input type="hidden" name="fileName" value={preview.fileName} />
          <input type="hidden" name="csv" value={preview.text} />
          {preview.errors ? <p className="hint">{t("keepGood", { errors: preview.errors })}</p> : null}
          <SubmitButton pendingLabel={t("importing")}>{t("confirm", { count: preview.ready })}</SubmitButton>
        </form>
      ) : (
        <p>{t("fixAndUpload")}</p>
      )}
    </section>
  );
}

/**
 * A recipient list in two steps: upload and check (counts, and every row with a problem or a note),
 * then add the rows that are ready. Nothing is saved before the second step; plain forms throughout.
 */
export function RecipientImport({ action, surveyId, campaignId }: Props) {
  const t = useTranslations("campaigns.import");
  const [state, formAction] = useActionState<State, FormData>(action, IDLE);
  const formState: FormState = state.status === "preview" || state.status === "imported" ? IDLE : state;
  const hidden = (
    <>
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="campaignId" value={campaignId} />
    </>
  );
  return (
    <>
      {state.status === "imported" ? (
        <div className="notice notice--success" role="status">
          <p>{t("done", state)}</p>
        </div>
      ) : null}
      {state.status === "preview" ? <Preview preview={state} hidden={hidden} formAction={formAction} /> : null}
      <CsvUploadForm
        action={formAction}
        state={formState}
        previewing={state.status === "preview"}
        words={{ form: t("uploadLabel"), file: t("file"), hint: t("fileHint"), submit: t("preview"), pending: t("checking") }}
      >
        {hidden}
      </CsvUploadForm>
    </>
  );
}
