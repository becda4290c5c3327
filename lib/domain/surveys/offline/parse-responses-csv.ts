import { message, type FieldProblems, type Message } from "@/lib/errors";
import { fieldName } from "@/lib/domain/surveys/check-answer";
import { conditionValues, type Question } from "@/lib/domain/surveys/definition";
import { organisationField } from "@/lib/domain/surveys/organisation";
import type { FormInput } from "@/lib/domain/surveys/parse-answers";
import { readHeader, readRecords } from "@/lib/domain/partners/parse-contacts-csv";
import { splitDate } from "./channels";
import { importColumns, type ImportColumn } from "./import-columns";
import { readOfflineResponse, type OfflineResponse, type OfflineSurvey } from "./read-offline-response";

export const MAX_RESPONSE_CSV_BYTES = 2 * 1024 * 1024;
export const MAX_RESPONSE_CSV_ROWS = 2000;

/** A row's problem: the column it is in (null for the row as a whole) and what is wrong. */
type RowProblem = { column: string | null; message: Message };

/**
 * One row of the file: its line, its problems or its response, and its key: what the row says
 * (every column's value) and which time the file says it (the second identical row is another
 * response). Importing the same row of the same file again finds the response that key made.
 */
export type ResponseCsvRow = { line: number; key: string; response: OfflineResponse | null; problems: RowProblem[] };

export type ResponseCsv = { ok: true; rows: ResponseCsvRow[] } | { ok: false; error: Message };

export interface ImportContext extends OfflineSurvey {
  /** Neighbourhoods, by id: a row names one by its name (any case) or its id. */
  neighbourhoods: { id: string; name: string }[];
  /** London's day today (yyyy-mm-dd): a received day may not be after it. */
  today: string;
}

/** A choice written as its key or its label (any case) becomes its key; anything else is left for the check to refuse. */
function choiceKey(question: Question, written: string): string {
  const wanted = written.trim().toLowerCase();
  const option = conditionValues(question).find((item) => item.id.toLowerCase() === wanted || item.label.trim().toLowerCase() === wanted);
  return option ? option.id : written.trim();
}

/** A question's cell as the form fields the website's pages would send for it. */
function questionFields(question: Question, column: ImportColumn, value: string, input: FormInput): RowProblem | null {
  if (column.field !== fieldName(question.id) || value === "") {
    input[column.field] = value;
    return null;
  }
  switch (question.type) {
    case "multiple_choice":
      input[column.field] = value.split(";").map((item) => choiceKey(question, item)).filter(Boolean);
      return null;
    case "single_choice":
    case "dropdown":
    case "yes_no":
    case "consent":
      input[column.field] = choiceKey(question, value);
      return null;
    case "date": {
      const parts = splitDate(value);
      if (!parts) return { column: column.name, message: message("validation.responseImport.date", { title: question.title }) };
      for (const part of ["day", "month", "year"] as const) input[fieldName(question.id, part)] = parts[part];
      return null;
    }
    default:
      input[column.field] = value;
      return null;
  }
}

function neighbourhoodId(context: ImportContext, written: string): string {
  const wanted = written.trim().toLowerCase();
  return context.neighbourhoods.find((place) => place.id === written.trim() || place.name.trim().toLowerCase() === wanted)?.id ?? written.trim();
}

/** Which column a form field's problem belongs to (a date's parts are its one column). */
function columnOfField(columns: ImportColumn[], field: string): string | null {
  const exact = columns.find((column) => column.field === field);
  if (exact) return exact.name;
  const datePart = /^(q\.[a-z][a-z0-9_]*)\.(day|month|year)$/.exec(field);
  return datePart ? (columns.find((column) => column.field === datePart[1])?.name ?? null) : null;
}

/**
 * A grid's problem is put on its first unanswered row, as the page focuses it; in a file the row
 * with a value that is not a point of the scale is the one to name, where there is one.
 */
function gridColumn(columns: ImportColumn[], cells: Map<string, string>, column: string | null): string | null {
  const question = columns.find((item) => item.name === column)?.question;
  if (question?.type !== "grid") return column;
  const points = new Set(Array.from({ length: question.points }, (_, index) => String(index + 1)));
  const rows = columns.filter((item) => item.question === question);
  return rows.find((item) => (cells.get(item.name) ?? "") !== "" && !points.has((cells.get(item.name) ?? "").trim()))?.name ?? column;
}

function problemsOf(columns: ImportColumn[], errors: FieldProblems, cells: Map<string, string>): RowProblem[] {
  return Object.entries(errors).flatMap(([field, messages]) => messages.map((problem) => ({ column: gridColumn(columns, cells, columnOfField(columns, field)), message: problem })));
}

function readRow(context: ImportContext, columns: ImportColumn[], cells: Map<string, string>): { response: OfflineResponse | null; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const form: FormInput = {};
  for (const column of columns) {
    const value = cells.get(column.name) ?? "";
    if (column.question) {
      const problem = questionFields(column.question, column, value, form);
      if (problem) problems.push(problem);
    } else if (column.field === organisationField("neighbourhoodId")) form[column.field] = value ? neighbourhoodId(context, value) : "";
    else if (column.field === organisationField("sector")) form[column.field] = value.toUpperCase();
    else if (column.field === organisationField("sizeBand")) form[column.field] = value.toLowerCase();
    else form[column.field] = value;
  }
  const read = readOfflineResponse(context, { channel: cells.get("channel") ?? "", received: cells.get("received") ?? "", form }, context.today);
  if (read.ok && problems.length === 0) return { response: read.response, problems };
  // A date column already refused is not refused again by the page's check of its parts.
  const refused = new Set(problems.map((problem) => problem.column));
  const more = read.ok ? [] : problemsOf(columns, read.errors, cells).filter((problem) => !refused.has(problem.column));
  return { response: null, problems: [...problems, ...more] };
}

/**
 * Reads a response import file: its size, header (only the survey's columns; `channel` is
 * required) and row count, then each row with the same checks as the website's pages (skip logic
 * included) and the organisation block's, every problem named by its column.
 */
export function parseResponsesCsv(text: string, context: ImportContext): ResponseCsv {
  if (new TextEncoder().encode(text).length > MAX_RESPONSE_CSV_BYTES) return { ok: false, error: message("validation.responseImport.fileTooLarge", { megabytes: MAX_RESPONSE_CSV_BYTES / 1024 / 1024 }) };
  const records = readRecords(text);
  if (!Array.isArray(records)) return { ok: false, error: records };
  const [header, ...body] = records;
  if (!header) return { ok: false, error: message("validation.responseImport.empty") };
  const columns = importColumns(context.definition, context.asksOrganisation);
  const expected = message("validation.responseImport.expectedColumns");
  const names = readHeader(header.values, columns.map((column) => column.name), ["channel"], expected);
  if (!Array.isArray(names)) return { ok: false, error: names };
  if (body.length === 0) return { ok: false, error: message("validation.responseImport.noRows") };
  if (body.length > MAX_RESPONSE_CSV_ROWS) return { ok: false, error: message("validation.responseImport.tooManyRows", { count: body.length, max: MAX_RESPONSE_CSV_ROWS }) };
  const seen = new Map<string, number>();
  return {
    ok: true,
    rows: body.map(({ lines, values }) => {
      const cells = new Map(names.map((name, index) => [name, values[index] ?? ""]));
      const content = JSON.stringify(columns.map((column) => cells.get(column.name) ?? ""));
      const occurrence = (seen.get(content) ?? 0) + 1;
      seen.set(content, occurrence);
      const read = readRow(context, columns, cells);
      if (values.length > names.length) read.problems.unshift({ column: null, message: message("validation.contactImport.extraValues", { values: values.length, columns: names.length }) });
      return { line: lines, key: `${content}#${occurrence}`, response: read.problems.length ? null : read.response, problems: read.problems };
    }),
  };
}
