import type { Question } from "./definition";
import { LONG_TEXT_MAX, OTHER_OPTION, SHORT_TEXT_MAX } from "./definition";
import type { AnswerValue, Answers } from "./answer-types";
import { otherKey } from "./logic";

export const OTHER_TEXT_MAX = 200;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** UK postcodes in their normalised form (upper case, one space), including GIR 0AA. */
const POSTCODE = /^(GIR 0AA|[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Field name of a question's input (grid rows and date parts add a suffix). */
export function fieldName(questionId: string, part?: string): string {
  return part ? `q.${questionId}.${part}` : `q.${questionId}`;
}

export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === "string") return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}

function missingMessage(question: Question): string {
  switch (question.type) {
    case "single_choice":
    case "dropdown":
    case "yes_no":
    case "scale":
      return `Select an answer for “${question.title}”.`;
    case "multiple_choice":
      return `Select at least one answer for “${question.title}”.`;
    case "grid":
      return `Select an answer in every row of “${question.title}”.`;
    case "consent":
      return `Tick the box to confirm “${question.title}”.`;
    case "date":
      return `Enter a date for “${question.title}”.`;
    default:
      return `Enter an answer for “${question.title}”.`;
  }
}

function isRealDate(iso: string): boolean {
  if (!ISO_DATE.test(iso)) return false;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

function choiceProblem(question: Extract<Question, { options: unknown }>, chosen: string[], answers: Answers): string | null {
  const known = new Set(question.options.map((option) => option.id));
  if (question.allowOther) known.add(OTHER_OPTION);
  if (chosen.some((value) => !known.has(value))) return `Select from the answers listed for “${question.title}”.`;
  if (new Set(chosen).size !== chosen.length) return `Select each answer for “${question.title}” once.`;
  if (chosen.includes(OTHER_OPTION)) {
    const other = answers[otherKey(question.id)];
    if (typeof other !== "string" || other.length === 0) return `Enter your other answer for “${question.title}”.`;
    if (other.length > OTHER_TEXT_MAX) return `Your other answer for “${question.title}” must be ${OTHER_TEXT_MAX} characters or fewer.`;
  }
  return null;
}

function numberProblem(question: Extract<Question, { type: "number" }>, value: number): string | null {
  if (!Number.isFinite(value)) return `Enter a number for “${question.title}”.`;
  if (question.wholeNumber && !Number.isInteger(value)) return `Enter a whole number for “${question.title}”.`;
  const { min, max } = question;
  if (min !== null && max !== null && (value < min || value > max)) return `Enter a number between ${min} and ${max} for “${question.title}”.`;
  if (min !== null && value < min) return `Enter a number of ${min} or more for “${question.title}”.`;
  if (max !== null && value > max) return `Enter a number of ${max} or less for “${question.title}”.`;
  return null;
}

const inScale = (value: unknown, points: number) => typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= points;

/**
 * The problem with one canonical answer, or null when it is acceptable. `answers` supplies the
 * "other, please specify" text. Used for each page as it is answered and again at submission, so
 * stored drafts and API submissions pass the same checks as forms.
 */
export function checkAnswer(question: Question, value: AnswerValue | undefined, answers: Answers): string | null {
  if (!isAnswered(value)) return question.required ? missingMessage(question) : null;
  const wrongType = `The answer for “${question.title}” is not in the expected form.`;
  switch (question.type) {
    case "short_text":
    case "long_text": {
      if (typeof value !== "string") return wrongType;
      const max = question.type === "short_text" ? SHORT_TEXT_MAX : Math.min(question.maxLength, LONG_TEXT_MAX);
      return value.length > max ? `Your answer to “${question.title}” must be ${max.toLocaleString("en-GB")} characters or fewer.` : null;
    }
    case "single_choice":
    case "dropdown":
      return typeof value === "string" ? choiceProblem(question, [value], answers) : wrongType;
    case "multiple_choice": {
      if (!Array.isArray(value)) return wrongType;
      if (question.maxChoices !== null && value.length > question.maxChoices) return `Select up to ${question.maxChoices} answers for “${question.title}”.`;
      return choiceProblem(question, value, answers);
    }
    case "number":
      return typeof value === "number" ? numberProblem(question, value) : wrongType;
    case "scale":
      return inScale(value, question.points) ? null : `Select a point from 1 to ${question.points} for “${question.title}”.`;
    case "grid": {
      if (typeof value !== "object" || Array.isArray(value)) return wrongType;
      const rows = new Set(question.rows.map((row) => row.id));
      if (Object.keys(value).some((row) => !rows.has(row))) return wrongType;
      if (Object.values(value).some((point) => !inScale(point, question.points))) return `Select a point from 1 to ${question.points} in each row of “${question.title}”.`;
      return question.required && Object.keys(value).length < rows.size ? missingMessage(question) : null;
    }
    case "date":
      return typeof value === "string" && isRealDate(value) ? null : `“${question.title}” must be a real date.`;
    case "email":
      return typeof value === "string" && value.length <= 254 && EMAIL.test(value) ? null : `Enter an email address in the correct format, like name@example.com, for “${question.title}”.`;
    case "postcode":
      return typeof value === "string" && POSTCODE.test(value) ? null : `Enter a full UK postcode, like CV1 5RR, for “${question.title}”.`;
    case "yes_no":
      return value === "yes" || value === "no" ? null : `Select yes or no for “${question.title}”.`;
    case "consent":
      return value === "yes" ? null : wrongType;
  }
}
