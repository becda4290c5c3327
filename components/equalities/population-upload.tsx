"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CsvUploadForm, ImportRowErrors } from "@/components/ui/csv-upload";
import { DataTable } from "@/components/ui/data-table";
import { describedBy, Field } from "@/components/ui/field";
import { fieldError, fieldValue } from "@/components/ui/form-message";
import { IDLE, type FormState } from "@/components/ui/form-state";
import { SelectField } from "@/components/ui/select-field";
import type { PopulationRefusedState } from "@/lib/domain/equalities/population-upload-state";

type State = FormState | PopulationRefusedState;
type Props = { action: (previous: State, formData: FormData) => Promise<State>; areas: { id: string; name: string }[] };

/** A refused file's bad rows: the row number, what it said, and every problem with it. */
function RefusedRows({ refused }: { refused: PopulationRefusedState }) {
  const t = useTranslations("equalities.population");
  return (
    <section aria-labelledby="refused-title">
      <h2 id="refused-title">{t("refusedTitle", { file: refused.fileName })}</h2>
      {refused.problems.length ? (
        <ul className="list list--bullet error-list">
          {refused.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      {refused.badRows.length ? (
        <DataTable
          caption={t("refusedCaption", { file: refused.fileName })}
          className="import-preview"
          rows={refused.badRows}
          rowKey={(row) => String(row.line)}
          rowClassName={() => "import-preview__row--error"}
          columns={[
            { key: "row", header: t("columns.row"), rowHeader: true, cell: (row) => row.line },
            { key: "question", header: "question", cell: (row) => row.cells.question },
            { key: "answer", header: "answer", cell: (row) => row.cells.answer },
            { key: "count", header: "count", cell: (row) => row.cells.count },
            { key: "problems", header: t("columns.problems"), cell: (row) => <ImportRowErrors errors={row.errors} /> },
          ]}
        />
      ) : null}
    </section>
  );
}

/**
 * Uploading a population file for the whole area or a neighbourhood. Refused: the error summary,
 * the area and source as typed, and every bad row; nothing was saved. Works without JavaScript.
 */
export function PopulationUpload({ action, areas }: Props) {
  const t = useTranslations("equalities.population");
  const [state, formAction] = useActionState<State, FormData>(action, IDLE);
  const formState: FormState = state.status === "refused" ? { status: "error", message: state.message, fieldErrors: {}, values: state.values } : state;
  const sourceError = fieldError(formState, "source");
  return (
    <>
      <CsvUploadForm action={formAction} state={formState} previewing={false} words={{ form: t("uploadLabel"), file: t("file"), hint: t("fileHint"), submit: t("upload"), pending: t("uploading") }}>
        <SelectField id="area" label={t("area")} hint={t("areaHint")} error={fieldError(formState, "area")} emptyLabel={t("chooseArea")} options={[{ id: "all", name: t("wholeArea") }, ...areas]} defaultValue={fieldValue(formState, "area", "all")} />
        <Field id="source" label={t("source")} hint={t("sourceHint")} error={sourceError}>
          <input className={sourceError ? "input input--error" : "input"} id="source" name="source" defaultValue={fieldValue(formState, "source")} aria-describedby={describedBy("source", t("sourceHint"), sourceError)} aria-invalid={sourceError ? true : undefined} />
        </Field>
      </CsvUploadForm>
      {state.status === "refused" ? <RefusedRows refused={state} /> : null}
    </>
  );
}
