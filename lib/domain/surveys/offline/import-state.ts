/** A row of the response import preview as the page shows it: its problems by column, or the reference an earlier import gave it. */
type ResponsePreviewRow = { line: number; problems: { column: string | null; message: string }[]; importedAs: string | null };

/** Step one's result: counts, the rows worth showing, and the file's text, which step two sends back. */
export type ResponsePreviewState = {
  status: "preview";
  fileName: string;
  text: string;
  total: number;
  ready: number;
  errors: number;
  already: number;
  rows: ResponsePreviewRow[];
  /** Rows with problems (or already imported) not shown: the table shows the first few hundred. */
  hidden: number;
};

type ResponseImportDone = { status: "imported"; imported: number; skipped: number; already: number };

export type ResponseImportState = ResponsePreviewState | ResponseImportDone;
