import type { ExportValue } from "./csv-cell";

/**
 * How a column's values are typed in a workbook when they are not simply text or numbers: a date
 * answer (ISO yyyy-mm-dd) or a moment (an ISO timestamp, such as when a response was submitted).
 */
export type ColumnKind = "date" | "datetime";

/** Number formats of date cells: the day, and the moment in UTC (as the CSV's ISO times are). */
export const XLSX_DATE_FORMAT = "yyyy-mm-dd";
export const XLSX_DATETIME_FORMAT = 'yyyy-mm-dd hh:mm "UTC"';

/**
 * Text written as an inline string (`<is><t xml:space="preserve">`), which keeps every character;
 * exceljs writes this shape for a one-run rich text value.
 */
interface XlsxInlineText {
  richText: [{ text: string }];
}

/** What exceljs is given for one cell: a plain string becomes a string cell, never a formula. */
export type XlsxValue = string | number | Date | XlsxInlineText | null;

export interface XlsxCell {
  value: XlsxValue;
  numFmt?: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Text a plain string cell (`<v>`) would not carry exactly: spreadsheets trim whitespace at either
 * end of it, XML turns a carriage return into a line feed and cannot hold other control characters
 * (exceljs drops them), and `_xHHHH_` is how the format spells a character.
 */
const NEEDS_INLINE = /^\s|\s$|_x[0-9A-Fa-f]{4}_|[^\P{Cc}\t\n\u0080-\u009F]/u;

/** An underscore that would start a `_xHHHH_` escape, and the control characters XML cannot hold. */
const LITERAL_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)/g;
const CONTROL = /[^\P{Cc}\t\n\u0080-\u009F]/gu;

/** Escapes text for an OOXML string (ST_Xstring): `_x005F_` for a literal underscore escape, `_x000D_` for CR. */
export function ooxmlText(text: string): string {
  return text
    .replace(LITERAL_ESCAPE, "_x005F_")
    .replace(CONTROL, (character) => `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** Text as a string cell showing exactly what was typed, with no apostrophe (a string cell never runs). */
export function xlsxText(text: string): XlsxValue {
  return NEEDS_INLINE.test(text) ? { richText: [{ text: ooxmlText(text) }] } : text;
}

function dayOf(value: string): Date | null {
  if (!ISO_DAY.test(value)) return null;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value) ? day : null;
}

function momentOf(value: string): Date | null {
  const moment = new Date(value);
  return Number.isNaN(moment.getTime()) ? null : moment;
}

/**
 * One typed cell: text as a string cell exactly as typed, numbers as numbers, and dates (a date
 * answer, or a time such as "Submitted at") as date cells with a date format. A value in a date
 * column that is not a date stays text.
 */
export function xlsxCell(value: ExportValue, kind?: ColumnKind): XlsxCell {
  if (value === null || typeof value === "number") return { value };
  if (kind === "date") {
    const day = dayOf(value);
    if (day) return { value: day, numFmt: XLSX_DATE_FORMAT };
  }
  if (kind === "datetime") {
    const moment = momentOf(value);
    if (moment) return { value: moment, numFmt: XLSX_DATETIME_FORMAT };
  }
  return { value: xlsxText(value) };
}
