import { message, type FieldProblems, type Message } from "@/lib/errors";
import type { AnswerValue, Answers } from "./answer-types";
import { checkAnswer, fieldName } from "./check-answer";
import type { Question, SurveyDefinition } from "./definition";
import { allQuestions, OTHER_OPTION } from "./definition";
import { otherKey, resolveSurvey } from "./logic";

export type FormInput = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim();
const all = (value: string | string[] | undefined): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((item) => item.trim()).filter(Boolean);

/** "cv15rr", "CV1  5RR" → "CV1 5RR"; anything that is not letters and digits is left for the check to refuse. */
export function normalisePostcode(raw: string): string {
  const compact = raw.replace(/\s+/g, "").toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

/** "1,250" or " 12.5 " → number; empty → undefined; anything else → NaN (refused as "enter a number"). */
function parseNumber(raw: string): number | undefined {
  const cleaned = raw.replace(/[,\s]/g, "");
  if (cleaned === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

type DateParse = { value?: string; error?: Message; field?: string };

/** GOV.UK date input: day, month and year boxes, each named and checked. */
function parseDate(question: Question, input: FormInput): DateParse {
  const parts = { day: first(input[fieldName(question.id, "day")]), month: first(input[fieldName(question.id, "month")]), year: first(input[fieldName(question.id, "year")]) };
  const filled = Object.values(parts).filter(Boolean).length;
  if (filled === 0) return {};
  for (const part of ["day", "month", "year"] as const) {
    if (!parts[part]) return { error: message("validation.answer.missingDatePart", { title: question.title, part }), field: fieldName(question.id, part) };
  }
  if (!/^\d{1,2}$/.test(parts.day) || !/^\d{1,2}$/.test(parts.month) || !/^\d{4}$/.test(parts.year)) {
    return { error: message("validation.answer.dateDigits", { title: question.title }), field: fieldName(question.id, "day") };
  }
  return { value: `${parts.year}-${parts.month.padStart(2, "0")}-${parts.day.padStart(2, "0")}` };
}

function readValue(question: Question, input: FormInput): AnswerValue | undefined {
  const raw = input[fieldName(question.id)];
  switch (question.type) {
    case "multiple_choice": {
      const values = all(raw);
      return values.length ? values : undefined;
    }
    case "number":
      return parseNumber(first(raw));
    case "scale": {
      const text = first(raw);
      return text === "" ? undefined : Number(text);
    }
    case "grid": {
      const rows: Record<string, number> = {};
      for (const row of question.rows) {
        const text = first(input[fieldName(question.id, row.id)]);
        if (text !== "") rows[row.id] = Number(text);
      }
      return Object.keys(rows).length ? rows : undefined;
    }
    case "postcode": {
      const text = first(raw);
      return text ? normalisePostcode(text) : undefined;
    }
    case "long_text": {
      const text = (Array.isArray(raw) ? raw[0] : raw)?.replace(/\r\n?/g, "\n").trim() ?? "";
      return text || undefined;
    }
    default: {
      const text = first(raw);
      return text || undefined;
    }
  }
}

/** Where the error summary should send the respondent for this question. */
function errorField(question: Question, value: AnswerValue | undefined): string {
  if (question.type === "grid") {
    const answered = value && typeof value === "object" && !Array.isArray(value) ? value : {};
    const row = question.rows.find((item) => !(item.id in answered)) ?? question.rows[0];
    return fieldName(question.id, row?.id);
  }
  if (question.type === "date") return fieldName(question.id, "day");
  return fieldName(question.id);
}

/**
 * Reads one page of answers from a submitted form: only the questions given (the page's visible
 * ones; anything else in the form is ignored), turned into canonical answers and checked. Errors are
 * keyed by the field to focus.
 */
export function parseSectionAnswers(questions: Question[], input: FormInput): { answers: Answers; errors: FieldProblems } {
  const answers: Answers = {};
  const errors: FieldProblems = {};
  for (const question of questions) {
    if (question.type === "date") {
      const parsed = parseDate(question, input);
      if (parsed.error && parsed.field) {
        errors[parsed.field] = [parsed.error];
        continue;
      }
      if (parsed.value) answers[question.id] = parsed.value;
    } else {
      const value = readValue(question, input);
      if (value !== undefined) answers[question.id] = value;
    }
    if ("allowOther" in question && question.allowOther) {
      const chosen = answers[question.id];
      const other = first(input[fieldName(question.id, OTHER_OPTION)]);
      if (other && (chosen === OTHER_OPTION || (Array.isArray(chosen) && chosen.includes(OTHER_OPTION)))) answers[otherKey(question.id)] = other;
    }
    const problem = checkAnswer(question, answers[question.id], answers);
    if (problem) errors[question.type === "date" || question.type === "grid" ? errorField(question, answers[question.id]) : fieldName(question.id)] = [problem];
  }
  return { answers, errors };
}

/**
 * Reads a whole response from one form (an officer entering a paper, phone or event response):
 * skip logic decides which questions count, as on the website's pages. The answers decide what is
 * shown, so the form is read once for them; then only the questions that answers show are read and
 * checked (an answer to a question the logic hides is dropped, and its mistakes do not count).
 */
export function parseWholeResponse(definition: SurveyDefinition, input: FormInput): { answers: Answers; errors: FieldProblems } {
  const everything = parseSectionAnswers(allQuestions(definition).map(({ question }) => question), input);
  const visible = resolveSurvey(definition, everything.answers).sections.flatMap((section) => section.questions);
  // resolveSurvey walks in order with only the answers it keeps, so what it shows is settled.
  return parseSectionAnswers(visible, input);
}
