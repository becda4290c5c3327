/** One row of the recipient import preview as the page shows it: its problems, or a note (merged, skipped). */
type RecipientPreviewRow = { line: number; email: string; organisation: string; errors: string[]; note: string | null };

/** Step one's result: counts, the rows worth showing, and the file's text, which step two sends back. */
export type RecipientPreviewState = {
  status: "preview";
  fileName: string;
  text: string;
  total: number;
  ready: number;
  errors: number;
  merged: number;
  skipped: number;
  existing: number;
  rows: RecipientPreviewRow[];
  /** Rows with problems or notes not shown (the table shows the first few hundred). */
  hidden: number;
};

type RecipientImportDone = { status: "imported"; added: number; merged: number; skipped: number; errors: number };

export type RecipientImportState = RecipientPreviewState | RecipientImportDone;
