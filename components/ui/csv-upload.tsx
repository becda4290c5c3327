import type { ReactNode } from "react";
import { DataTable, type Column } from "./data-table";
import { describedBy, Field } from "./field";
import { fieldError, FormMessage } from "./form-message";
import type { FormState } from "./form-state";
import { SubmitButton } from "./submit-button";

type Words = { form: string; file: string; hint: string; submit: string; pending: string };

/**
 * The first step of a two-step CSV import: choose a file and have it checked (`step=preview`). The
 * form's own fields (which list it is for) come as children; after a preview its button steps back.
 */
export function CsvUploadForm({ action, state, words, previewing, children }: { action: (formData: FormData) => void; state: FormState; words: Words; previewing: boolean; children: ReactNode }) {
  const fileError = fieldError(state, "file");
  return (
    <form action={action} className="form" aria-label={words.form} noValidate>
      <FormMessage state={state} labels={{ file: words.file }} />
      {children}
      <input type="hidden" name="step" value="preview" />
      <Field id="file" label={words.file} hint={words.hint} error={fileError}>
        <input className="file-input" type="file" id="file" name="file" accept=".csv,text/csv" aria-describedby={describedBy("file", words.hint, fileError)} aria-invalid={fileError ? true : undefined} />
      </Field>
      <SubmitButton variant={previewing ? "secondary" : "primary"} pendingLabel={words.pending}>
        {words.submit}
      </SubmitButton>
    </form>
  );
}

/** A previewed row's problems, one per line, in the import preview's result column. */
export function ImportRowErrors({ errors }: { errors: string[] }) {
  return (
    <ul className="import-preview__errors">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}

/**
 * An import's checked rows: each row's line in the file (naming the row), any of its cells worth
 * showing (`columns`), and its problems, or for a row without any what `ok` says of it.
 */
export function ImportPreviewTable<Row extends { line: number; errors: string[] }>({
  caption,
  rows,
  words,
  columns = [],
  ok,
}: {
  caption: string;
  rows: Row[];
  words: { row: string; result: string };
  columns?: Column<Row>[];
  ok: (row: Row) => ReactNode;
}) {
  return (
    <DataTable
      caption={caption}
      className="import-preview"
      rows={rows}
      rowKey={(row) => String(row.line)}
      rowClassName={(row) => (row.errors.length ? "import-preview__row--error" : undefined)}
      columns={[
        { key: "row", header: words.row, rowHeader: true, cell: (row) => row.line },
        ...columns,
        { key: "result", header: words.result, cell: (row) => (row.errors.length ? <ImportRowErrors errors={row.errors} /> : ok(row)) },
      ]}
    />
  );
}
