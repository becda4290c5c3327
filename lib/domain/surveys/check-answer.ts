import { message, type Message } from "@/lib/errors";
import type { Question } from "./definition";
import { LONG_TEXT_MAX, OTHER_OPTION, SHORT_TEXT_MAX } from "./definition";
import type { AnswerValue, Answers } from "./answer-types";
import { otherKey } from "./logic";

const OTHER_TEXT_MAX = 200;
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

function missingMessage(question: Question): Message {
  const title = question.title;
  switch (question.type) {
    case "single_choice":
    case "dropdown":
    case "yes_no":
    case "scale":
      return message("validation.answer.selectOne", { title });
    case "multiple_choice":
      return message("validation.answer.selectAtLeastOne", { title });
    case "grid":
      return message("validation.answer.selectEveryRow", { title });
    case "consent":
      return message("validation.answer.tickToConfirm", { title });
    case "date":
      return message("validation.answer.enterDate", { title });
    default:
      return message("validation.answer.enterAnswer", { title });
  }
}

function isRealDate(iso: string): boolean {
  if (!ISO_DATE.test(iso)) return false;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

function choiceProblem(question: Extract<Question, { options: unknown }>, chosen: string[], answers: Answers): Message | null {
  const title = question.title;
  const known = new Set(question.options.map((option) => option.id));
  if (question.allowOther) known.add(OTHER_OPTION);
  if (chosen.some((value) => !known.has(value))) return message("validation.answer.notListed", { title });
  if (new Set(chosen).size !== chosen.length) return message("validation.answer.chosenTwice", { title });
  if (chosen.includes(OTHER_OPTION)) {
    const other = answers[otherKey(question.id)];
    if (typeof other !== "string" || other.length === 0) return message("validation.answer.enterOther", { title });
    if (other.length > OTHER_TEXT_MAX) return message("validation.answer.otherTooLong", { title, max: OTHER_TEXT_MAX });
  }
  return null;
}

function numberProblem(question: Extract<Question, { type: "number" }>, value: number): Message | null {
  const title = question.title;
  if (!Number.isFinite(value)) return message("validation.answer.enterNumber", { title });
  if (question.wholeNumber && !Number.isInteger(value)) return message("validation.answer.enterWholeNumber", { title });
  const { min, max } = question;
  if (min !== null && max !== null && (value < min || value > max)) return message("validation.answer.numberBetween", { title, min, max });
  if (min !== null && value < min) return message("validation.answer.numberAtLeast", { title, min });
  if (max !== null && value > max) return message("validation.answer.numberAtMost", { title, max });
  return null;
}

const inScale = (value: unknown, points: number) => typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= points;

/**
 * The problem with one canonical answer, or null when it is acceptable. `answers` supplies the
 * "other, please specify" text. Used for each page as it is answered and again at submission, so
 * stored drafts and API submissions pass the same checks as forms.
 */
export function checkAnswer(question: Question, value: AnswerValue | undefined, answers: Answers): Message | null {
  const title = question.title;
  if (!isAnswered(value)) return question.required ? missingMessage(question) : null;
  const wrongType = message("validation.answer.wrongType", { title });
  switch (question.type) {
    case "short_text":
    case "long_text": {
      if (typeof value !== "string") return wrongType;
      const max = question.type === "short_text" ? SHORT_TEXT_MAX : Math.min(question.maxLength, LONG_TEXT_MAX);
      return value.length > max ? message("validation.answer.tooLong", { title, max }) : null;
    }
    case "single_choice":
    case "dropdown":
      return typeof value === "string" ? choiceProblem(question, [value], answers) : wrongType;
    case "multiple_choice": {
      if (!Array.isArray(value)) return wrongType;
      if (question.maxChoices !== null && value.length > question.maxChoices) return message("validation.answer.tooManyChoices", { title, max: question.maxChoices });
      return choiceProblem(question, value, answers);
    }
    case "number":
      return typeof value === "number" ? numberProblem(question, value) : wrongType;
    case "scale":
      return inScale(value, question.points) ? null : message("validation.answer.scalePoint", { title, points: question.points });
    case "grid": {
      if (typeof value !== "object" || Array.isArray(value)) return wrongType;
      const rows = new Set(question.rows.map((row) => row.id));
      if (Object.keys(value).some((row) => !rows.has(row))) return wrongType;
      if (Object.values(value).some((point) => !inScale(point, question.points))) return message("validation.answer.gridPoint", { title, points: question.points });
      return question.required && Object.keys(value).length < rows.size ? missingMessage(question) : null;
    }
    case "date":
      return typeof value === "string" && isRealDate(value) ? null : message("validation.answer.realDate", { title });
    case "email":
      return typeof value === "string" && value.length <= 254 && EMAIL.test(value) ? null : message("validation.answer.email", { title });
    case "postcode":
      return typeof value === "string" && POSTCODE.test(value) ? null : message("validation.answer.postcode", { title });
    case "yes_no":
      return value === "yes" || value === "no" ? null : message("validation.answer.yesOrNo", { title });
    case "consent":
      return value === "yes" ? null : wrongType;
  }
}
