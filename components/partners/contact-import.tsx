"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CsvUploadForm, ImportPreviewTable } from "@/components/ui/csv-upload";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/components/ui/form-state";
import type { ImportPreviewState, ImportState } from "@/lib/domain/partners/import-state";

type State = FormState | ImportState;
type Props = { action: (previous: State, formData: FormData) => Promise<State>; organisationId: string; organisationName: string };

function PreviewTable({ preview }: { preview: ImportPreviewState }) {
  const t = useTranslations("partners.import");
  const contact = useTranslations("partners.contact");
  return (
    <ImportPreviewTable
      caption={t("previewCaption", { file: preview.fileName })}
      rows={preview.rows}
      words={{ row: t("row"), result: t("result") }}
      columns={[
        { key: "name", header: contact("name"), cell: (row) => row.cells.name },
        { key: "email", header: contact("email"), cell: (row) => row.cells.email },
        { key: "frequency", header: contact("frequency"), cell: (row) => row.cells.frequency },
        { key: "themes", header: contact("themes"), cell: (row) => row.cells.themes },
      ]}
      ok={() => <span className="status status--active">{t("ready")}</span>}
    />
  );
}

/**
 * The two steps of a CSV import on one page: upload and check (every row shown, valid or with its
 * problems), then import the rows that are ready. Works without JavaScript: both are plain forms.
 */
export function ContactImport({ action, organisationId, organisationName }: Props) {
  const t = useTranslations("partners.import");
  const [state, formAction] = useActionState<State, FormData>(action, IDLE);
  const formState: FormState = state.status === "preview" || state.status === "imported" ? IDLE : state;
  return (
    <>
      {state.status === "imported" ? (
        <div className="notice notice--success" role="status">
          <p>{t("done", { imported: state.imported, skipped: state.skipped })}</p>
          <p>
            <Link href={`/console/partners/${organisationId}#contacts`}>{t("backToContacts", { name: organisationName })}</Link>
          </p>
        </div>
      ) : null}
      {state.status === "preview" ? (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">{t("previewTitle", { file: state.fileName })}</h2>
          <p role="status">{t("previewSummary", { valid: state.valid, total: state.rows.length, skipped: state.rows.length - state.valid })}</p>
          <PreviewTable preview={state} />
          {state.valid > 0 ? (
            <form action={formAction} className="form" aria-label={t("confirmLabel")}>
              <input type="hidden" name="step" value="import" />
              <input type="hidden" name="organisationId" value={organisationId} />
              <input type="hidden" name="csv" value={state.text} />
              <SubmitButton pendingLabel={t("importing")}>{t("confirm", { count: state.valid })}</SubmitButton>
            </form>
          ) : (
            <p>{t("fixAndUpload")}</p>
          )}
          <h2>{t("another")}</h2>
        </section>
      ) : null}
      <CsvUploadForm
        action={formAction}
        state={formState}
        previewing={state.status === "preview"}
        words={{ form: t("uploadLabel"), file: t("file"), hint: t("fileHint"), submit: t("preview"), pending: t("checking") }}
      >
        <input type="hidden" name="organisationId" value={organisationId} />
      </CsvUploadForm>
    </>
  );
}
