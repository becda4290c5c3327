import { escapeHtml } from "@/lib/text/escape-html";
import { isLocale, localeDirection } from "@/lib/i18n/locales";
import { PERSONAL_DATA_SECTIONS, type PersonalData, type PersonalDataSection } from "./personal-data";

/** The section and column names of the readable copy, in the person's language. */
export type PersonalDataLabels = {
  title: string;
  generated: string;
  none: string;
  sections: Record<PersonalDataSection, string>;
  fields: Record<string, string>;
};

const escape = (value: unknown) => escapeHtml(String(value ?? ""));

/** A value as text: answers (arrays, objects) as readable JSON, empty values as a dash. */
function cellText(value: unknown): string {
  if (value === null || value === undefined || value === "") return "–";
  if (Array.isArray(value)) return value.map(cellText).join("; ");
  if (typeof value === "object") return JSON.stringify(value, null, 1);
  return String(value);
}

function table(rows: Record<string, unknown>[], labels: PersonalDataLabels): string {
  if (rows.length === 0) return `<p>${escape(labels.none)}</p>`;
  const columns = Object.keys(rows[0] ?? {});
  const head = columns.map((column) => `<th scope="col">${escape(labels.fields[column] ?? column)}</th>`).join("");
  const body = rows.map((row) => `<tr>${columns.map((column) => `<td>${escape(cellText(row[column]))}</td>`).join("")}</tr>`).join("\n");
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/**
 * The readable copy of "Your data": one self-contained HTML page (no scripts, no outside resources),
 * every value escaped, a section and a table per kind of data.
 */
export function renderPersonalDataHtml(data: PersonalData, labels: PersonalDataLabels, lang: string): string {
  const rowsOf = (key: PersonalDataSection): Record<string, unknown>[] => (key === "profile" ? [data.profile] : data[key]);
  const sections = PERSONAL_DATA_SECTIONS.map((key) => [key, rowsOf(key)] as const);
  const style =
    "body{font-family:system-ui,sans-serif;margin:2rem;line-height:1.5;color:#0b0c0c}table{border-collapse:collapse;width:100%;margin-block-end:2rem}th,td{border:1px solid #b1b4b6;padding:.4rem;text-align:start;vertical-align:top;white-space:pre-wrap}th{background:#f3f2f1}";
  return [
    `<!doctype html><html lang="${escape(lang)}" dir="${isLocale(lang) ? localeDirection(lang) : "ltr"}"><head><meta charset="utf-8"><title>${escape(labels.title)}</title><style>${style}</style></head><body>`,
    `<h1>${escape(labels.title)}</h1><p>${escape(labels.generated)} ${escape(data.generatedAt)}</p>`,
    ...sections.map(([key, rows]) => `<h2>${escape(labels.sections[key])}</h2>\n${table(rows, labels)}`),
    "</body></html>",
  ].join("\n");
}
