/** A value in an export: text, a number, or nothing (an empty cell). */
export type ExportValue = string | number | null;

/** Text a spreadsheet would read as a formula (or a command) if it began the cell. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A number as typed: an optional sign, digits with an optional decimal part, an optional exponent. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * An international phone number as people type it: a plus, then digits that may be grouped by
 * spaces, hyphens, dots or brackets, 7 to 15 digits in all (E.164 allows at most 15).
 */
const PHONE_NUMBER = /^\+\(?\d[\d ().-]*\d$/;
const PHONE_DIGITS = { min: 7, max: 15 };

function isPhoneNumber(text: string): boolean {
  if (!PHONE_NUMBER.test(text)) return false;
  const digits = text.replace(/\D/g, "").length;
  return digits >= PHONE_DIGITS.min && digits <= PHONE_DIGITS.max;
}

/**
 * Whether a spreadsheet opening this text in a CSV could run it as a formula (or a command): it
 * begins with = + - @, a tab or a carriage return, and is neither a plain number (a spreadsheet
 * reads "-5" as the number it is) nor a phone number. Neither of those can hold a function, a cell
 * reference or a command, which need letters or other symbols, so they are safe as typed.
 */
export function couldRunAsFormula(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) && !isPhoneNumber(text);
}

/**
 * Neutralises spreadsheet formulas in a CSV: text that could run as a formula gets a leading
 * apostrophe, so Excel and LibreOffice show it as text instead of running it. Numbers, and text
 * that is a plain number or a phone number, stay exactly as they are.
 */
export function neutralise(value: ExportValue): ExportValue {
  return typeof value === "string" && couldRunAsFormula(value) ? `'${value}` : value;
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
