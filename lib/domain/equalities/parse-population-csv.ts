import { message, type Message } from "@/lib/errors";
import { readHeader, readRecords } from "@/lib/domain/partners/parse-contacts-csv";
import type { PopulationCounts } from "./compare";
import { EQUALITIES_QUESTIONS, isCategory, isQuestion, PREFER_NOT_TO_SAY, QUESTION_ANSWERS, type EqualitiesQuestion } from "./questions";

/**
 * A population file: one row per question and answer, with the number of people in the area who
 * gave that census category (README, "Population figures"). `census_category` is optional and not
 * read: it lets an officer keep the Nomis category names they added up beside each key.
 */
export const POPULATION_CSV_COLUMNS = ["question", "answer", "count", "census_category"] as const;
type PopulationCsvColumn = (typeof POPULATION_CSV_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly PopulationCsvColumn[] = ["question", "answer", "count"];
export const MAX_POPULATION_CSV_BYTES = 1024 * 1024;
/** Every answer of every question is 66 rows; a file may hold no more than a few times that. */
const MAX_POPULATION_ROWS = 500;
/** More people than any council area holds: a figure this large is a mistake. */
const MAX_COUNT = 100_000_000;

export type PopulationCsvRow = { line: number; cells: { question: string; answer: string; count: string }; errors: Message[] };

/**
 * The file read: one problem that stops it being read at all; or its rows, each with its problems,
 * the problems of the file as a whole (a question given without all its answers), and the figures,
 * which are null unless there is no problem anywhere.
 */
export type PopulationCsv = { ok: false; error: Message } | { ok: true; rows: PopulationCsvRow[]; problems: Message[]; counts: PopulationCounts | null };

/** Notes a row's problem; the cell then gives nothing. */
function refuse(errors: Message[], problem: Message): null {
  errors.push(problem);
  return null;
}

/** A count of people: a whole number, with or without thousands separators ("12,345"). */
function readCount(cell: string, errors: Message[]): number | null {
  const value = cell.trim();
  if (!value) return refuse(errors, message("validation.population.countRequired"));
  if (!/^(\d+|\d{1,3}(,\d{3})+)$/.test(value)) return refuse(errors, message("validation.population.notWholeNumber", { value }));
  const count = Number(value.replaceAll(",", ""));
  if (count > MAX_COUNT) return refuse(errors, message("validation.population.countTooLarge", { value }));
  return count;
}

/** A name written with spaces or hyphens as a key would be: "White British" is "white_british". */
const asKey = (value: string) => value.replace(/[\s-]+/g, "_");

/** The question (a key, any case), or its problem. */
function readQuestion(cell: string, errors: Message[]): EqualitiesQuestion | null {
  const value = cell.trim().toLowerCase();
  if (!value) return refuse(errors, message("validation.population.questionRequired"));
  if (!isQuestion(value) && isQuestion(asKey(value))) return refuse(errors, message("validation.population.writeKey", { value: cell.trim(), key: asKey(value) }));
  if (!isQuestion(value)) return refuse(errors, message("validation.population.unknownQuestion", { value: cell.trim(), questions: EQUALITIES_QUESTIONS.join(", ") }));
  return value;
}

/** The answer (one of the question's census categories, any case), or its problem. */
function readAnswer(question: EqualitiesQuestion | null, cell: string, errors: Message[]): string | null {
  const value = cell.trim().toLowerCase();
  if (!value) return refuse(errors, message("validation.population.answerRequired"));
  if (question === null) return null;
  if (value === PREFER_NOT_TO_SAY) return refuse(errors, message("validation.population.notACategory"));
  if (!isCategory(question, value) && isCategory(question, asKey(value))) return refuse(errors, message("validation.population.writeKey", { value: cell.trim(), key: asKey(value) }));
  if (!isCategory(question, value)) return refuse(errors, message("validation.population.unknownAnswer", { value: cell.trim(), question, answers: QUESTION_ANSWERS[question].join(", ") }));
  return value;
}

/** Each question in the file must have every one of its answers (0 where nobody), and not all 0. */
function questionProblems(counts: PopulationCounts): Message[] {
  return EQUALITIES_QUESTIONS.flatMap((question) => {
    const given = counts[question];
    if (!given) return [];
    const missing = QUESTION_ANSWERS[question].filter((answer) => given[answer] === undefined);
    if (missing.length) return [message("validation.population.missingAnswers", { question, count: missing.length, answers: missing.join(", ") })];
    return Object.values(given).every((count) => count === 0) ? [message("validation.population.emptyQuestion", { question })] : [];
  });
}

/**
 * Reads a population file: its size and header (columns in any order and case), then every row on
 * its own (a known question; one of its census categories, never "prefer not to say"; a whole
 * number; not a question and answer given before), then each question given as a whole. Nothing
 * is taken from a file with any problem: `counts` is then null.
 */
export function parsePopulationCsv(text: string): PopulationCsv {
  if (Buffer.byteLength(text, "utf8") > MAX_POPULATION_CSV_BYTES) return { ok: false, error: message("validation.population.fileTooLarge") };
  const records = readRecords(text);
  if (!Array.isArray(records)) return { ok: false, error: records };
  const [header, ...body] = records;
  if (!header) return { ok: false, error: message("validation.population.empty") };
  const columns = readHeader(header.values, POPULATION_CSV_COLUMNS, REQUIRED_COLUMNS, message("validation.population.expectedColumns", { columns: POPULATION_CSV_COLUMNS.join(", ") }));
  if (!Array.isArray(columns)) return { ok: false, error: columns };
  if (body.length === 0) return { ok: false, error: message("validation.population.noRows") };
  if (body.length > MAX_POPULATION_ROWS) return { ok: false, error: message("validation.population.tooManyRows", { count: body.length, max: MAX_POPULATION_ROWS }) };
  const counts: PopulationCounts = {};
  const firstLine = new Map<string, number>();
  const rows = body.map(({ lines, values }): PopulationCsvRow => {
    const cell = (column: PopulationCsvColumn) => values[columns.indexOf(column)] ?? "";
    const cells = { question: cell("question"), answer: cell("answer"), count: cell("count") };
    const errors: Message[] = [];
    if (values.length > columns.length) errors.push(message("validation.contactImport.extraValues", { values: values.length, columns: columns.length }));
    const question = readQuestion(cells.question, errors);
    const answer = readAnswer(question, cells.answer, errors);
    const count = readCount(cells.count, errors);
    if (question !== null && answer !== null) {
      const first = firstLine.get(`${question}:${answer}`);
      if (first !== undefined) errors.push(message("validation.population.repeatedAnswer", { question, answer, line: first }));
      else firstLine.set(`${question}:${answer}`, lines);
      if (errors.length === 0 && count !== null) counts[question] = { ...counts[question], [answer]: count };
    }
    return { line: lines, cells, errors };
  });
  const rowsOk = rows.every((row) => row.errors.length === 0);
  const problems = rowsOk ? questionProblems(counts) : [];
  return { ok: true, rows, problems, counts: rowsOk && problems.length === 0 ? counts : null };
}
