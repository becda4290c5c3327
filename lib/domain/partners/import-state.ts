import type { ContactCsvColumn } from "./parse-contacts-csv";

/** One row of the import preview as the page shows it. */
type ImportPreviewRow = { line: number; cells: Record<ContactCsvColumn, string>; errors: string[] };

/** Step one's result: the rows and the file's text, which step two sends back to be checked again. */
export type ImportPreviewState = { status: "preview"; fileName: string; text: string; rows: ImportPreviewRow[]; valid: number };

/** Step two's result. */
type ImportDoneState = { status: "imported"; imported: number; skipped: number };

export type ImportState = ImportPreviewState | ImportDoneState;
