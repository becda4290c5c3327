/**
 * A report as a document, whatever the file: headings, paragraphs, lists, tables (with a header row)
 * and bar charts (each followed by a table of its figures, for anyone who cannot see it). The DOCX
 * and PDF renderers draw these blocks and nothing else, so both files always say the same.
 */
export type ReportBlock =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "table"; caption: string; header: string[]; rows: string[][] }
  | { kind: "chart"; title: string; alt: string; bars: { label: string; value: number | null; text: string }[] }
  | { kind: "quote"; text: string };

export type ReportDocument = { title: string; subject: string; lang: string; blocks: ReportBlock[] };

/** The translator the document needs: any key, in the document's language (English for the council's papers). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** Paragraphs of plain text: blank lines separate them. */
export function paragraphs(text: string): ReportBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ kind: "paragraph", text: part }));
}
