import type { ShownCount } from "@/lib/domain/equalities/suppress";
import { csvLine, UTF8_BOM, type ExportValue } from "@/lib/domain/surveys/export/csv-cell";
import type { ThemeCountRow } from "./theme-counts";

/** The words the file uses, in the reader's language. */
export type CountsCsvWords = { theme: string; total: string; notKnown: string; fewerThan10: string; hidden: string; nobody: string };

/** A suppressed count as the file says it: the number, or the words (never the number behind them). */
const cellOf = (shown: ShownCount, words: CountsCsvWords): ExportValue =>
  shown.kind === "count" ? shown.count : shown.kind === "fewer-than-10" ? words.fewerThan10 : shown.kind === "hidden" ? words.hidden : words.nobody;

/**
 * Theme counts by one dimension as CSV: a row per theme with its total and a column per value, "not
 * known" last, suppressed exactly as the page shows them. Theme labels are formula-neutralised.
 */
export function countsCsv(rows: readonly ThemeCountRow[], values: readonly { key: string; label: string }[], words: CountsCsvWords): string {
  const labelOf = (key: string | null) => (key === null ? words.notKnown : (values.find((value) => value.key === key)?.label ?? key));
  const header = [words.theme, words.total, ...(rows[0]?.cells ?? [...values.map((value) => ({ key: value.key })), { key: null }]).map((cell) => labelOf(cell.key))];
  const lines = [csvLine(header), ...rows.map((row) => csvLine([row.label, cellOf(row.total, words), ...row.cells.map((cell) => cellOf(cell.shown, words))]))];
  return UTF8_BOM + lines.join("");
}
