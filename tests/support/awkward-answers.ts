import type { z } from "zod";
import type { Answers } from "@/lib/domain/surveys/answer-types";
import type { ZSurveyDefinition } from "@/lib/domain/surveys/definition";

/** What a cell should hold when read back: text, a number, a date, or nothing. */
export type Shown = string | number | Date | null;

/**
 * A text answer residents and employers really give, and what LibreOffice shows for it after
 * opening the CSV export (the XLSX always shows exactly what was typed). Without `csv`, the CSV
 * shows it as typed too.
 */
interface AwkwardText {
  id: string;
  title: string;
  type: "short_text" | "long_text" | "email";
  typed: string;
  csv?: Shown;
}

const AWKWARD_TEXTS: AwkwardText[] = [
  { id: "phone", title: "Phone number", type: "short_text", typed: "+44 7700 900123" },
  { id: "phone_us", title: "Other phone number", type: "short_text", typed: "+1-555-0100" },
  // Plain numbers typed as text: the CSV shows the number (a spreadsheet reads it as one).
  { id: "temperature", title: "Coldest temperature at home", type: "short_text", typed: "-5", csv: -5 },
  { id: "change", title: "Change in rent", type: "short_text", typed: "-1.5", csv: -1.5 },
  // A leading zero: the CSV loses it (why the README says to analyse the XLSX).
  { id: "house", title: "House number", type: "short_text", typed: "0123", csv: 123 },
  // Could run as formulas: the CSV shows them as text, behind an apostrophe.
  { id: "email", title: "Email address", type: "email", typed: "=1+1@example.org", csv: "'=1+1@example.org" },
  { id: "handle", title: "Social media handle", type: "short_text", typed: "@handle", csv: "'@handle" },
  { id: "sum", title: "Anything else", type: "short_text", typed: "@SUM(A1)", csv: "'@SUM(A1)" },
  { id: "sum_typed", title: "A sum", type: "short_text", typed: "-2+3", csv: "'-2+3" },
  { id: "cell", title: "Cell reference", type: "short_text", typed: "+A1", csv: "'+A1" },
  { id: "link", title: "Website", type: "short_text", typed: '=HYPERLINK("http://evil.example","click")', csv: `'=HYPERLINK("http://evil.example","click")` },
  { id: "tabbed", title: "Indented answer", type: "short_text", typed: "\tIndented with a tab", csv: "'\tIndented with a tab" },
  // LibreOffice reads a carriage return inside a quoted CSV field as a line break (the XLSX keeps it).
  { id: "returned", title: "Answer after a return", type: "short_text", typed: "\rStarts with a carriage return", csv: "'\nStarts with a carriage return" },
  { id: "polish", title: "Polish", type: "short_text", typed: "Zażółć gęślą jaźń" },
  { id: "arabic", title: "Arabic", type: "short_text", typed: "مرحبا بكم" },
  { id: "urdu", title: "Urdu", type: "short_text", typed: "خوش آمدید" },
  { id: "punjabi", title: "Punjabi", type: "short_text", typed: "ਜੀ ਆਇਆਂ ਨੂੰ" },
  { id: "emoji", title: "Emoji", type: "short_text", typed: "👩🏽‍🔧🚀" },
  { id: "spaced", title: "Spaced answer", type: "short_text", typed: "  two spaces either side  " },
  { id: "escape_like", title: "Escape-like answer", type: "short_text", typed: "_x0041_ is not A" },
  { id: "lines", title: "Longer answer", type: "long_text", typed: 'First line, with a comma\nSecond line: he said "no"' },
];

const AWKWARD_DATE = { id: "moved_in", title: "When did you move in?", typed: "2026-03-14" };
const AWKWARD_NUMBERS = [
  { id: "people", title: "How many people live with you?", typed: 3 },
  { id: "balance", title: "Account balance", typed: -3.5 },
];
const AWKWARD_CHOICE = { id: "agree", title: "Do you agree?", typed: "yes", shown: "Yes" };

export const AWKWARD_SURVEY: z.input<typeof ZSurveyDefinition> = {
  sections: [
    {
      id: "about",
      title: "About you",
      questions: [
        { id: AWKWARD_CHOICE.id, type: "yes_no", title: AWKWARD_CHOICE.title, required: true },
        ...AWKWARD_TEXTS.map(({ id, title, type }) => ({ id, title, type })),
        { id: AWKWARD_DATE.id, type: "date", title: AWKWARD_DATE.title },
        ...AWKWARD_NUMBERS.map(({ id, title }) => ({ id, title, type: "number" as const, wholeNumber: false })),
      ],
    },
  ],
};

/** Every awkward answer at once. */
export function awkwardAnswers(): Answers {
  return {
    [AWKWARD_CHOICE.id]: AWKWARD_CHOICE.typed,
    ...Object.fromEntries(AWKWARD_TEXTS.map(({ id, typed }) => [id, typed])),
    [AWKWARD_DATE.id]: AWKWARD_DATE.typed,
    ...Object.fromEntries(AWKWARD_NUMBERS.map(({ id, typed }) => [id, typed])),
  };
}

/** The headers of the export, after the reference and the time. */
export const AWKWARD_HEADERS = [AWKWARD_CHOICE.title, ...AWKWARD_TEXTS.map(({ title }) => title), AWKWARD_DATE.title, ...AWKWARD_NUMBERS.map(({ title }) => title)];

/**
 * The cells of one response after the reference and the time, as read back: from the XLSX, or from
 * the CSV as LibreOffice shows it. A sparse response (only the required answer) has empty cells.
 */
export function awkwardCells(format: "csv" | "xlsx", sparse: boolean): Shown[] {
  const day = new Date(`${AWKWARD_DATE.typed}T00:00:00Z`);
  if (sparse) return [AWKWARD_CHOICE.shown, ...AWKWARD_TEXTS.map(() => null), null, ...AWKWARD_NUMBERS.map(() => null)];
  const texts = AWKWARD_TEXTS.map(({ typed, csv }) => (format === "csv" && csv !== undefined ? csv : typed));
  return [AWKWARD_CHOICE.shown, ...texts, day, ...AWKWARD_NUMBERS.map(({ typed }) => typed)];
}
