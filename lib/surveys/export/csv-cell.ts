/** A value in an export: text, a number, or nothing (an empty cell). */
export type ExportValue = string | number | null;

/** Text a spreadsheet would read as a formula (or a command) if it began the cell. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises spreadsheet formulas: text beginning with = + - @, a tab or a carriage return gets a
 * leading apostrophe, so Excel and LibreOffice show it as text instead of running it. Numbers are
 * numbers, so a negative number stays as it is.
 */
export function neutralise(value: ExportValue): ExportValue {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV field (RFC 4180): neutralised, then quoted when it holds a comma, quote or line break. */
export function csvCell(value: ExportValue): string {
  const safe = neutralise(value);
  if (safe === null) return "";
  const text = String(safe);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, ending in CRLF as RFC 4180 asks. */
export function csvLine(values: ExportValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** Excel reads a CSV as UTF-8 only when it starts with the byte order mark. */
export const UTF8_BOM = "\uFEFF";
