import type { AnswerValue, Answers } from "@/lib/domain/surveys/answer-types";
import { fieldName } from "@/lib/domain/surveys/check-answer";
import type { Question } from "@/lib/domain/surveys/definition";
import { otherKey } from "@/lib/domain/surveys/logic";

/**
 * Rules for a response written together (one per organisation): which answers a save changed, for
 * the response's history, and which answers a colleague changed since the page was opened.
 */

/** One question's answer: its value and any "other" text, as a small Answers object; null when not answered. */
export function answerOf(answers: Answers, questionId: string): Answers | null {
  const picked: Answers = {};
  for (const key of [questionId, otherKey(questionId)]) {
    const value = answers[key];
    if (value !== undefined) picked[key] = value;
  }
  return Object.keys(picked).length > 0 ? picked : null;
}

/** The same value whatever order an object's keys were written in (jsonb does not keep it). */
function canonical(value: AnswerValue | Answers | null | undefined): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return JSON.stringify(value);
  if (typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

export function sameAnswer(left: Answers | null, right: Answers | null): boolean {
  return canonical(left) === canonical(right);
}

export type AnswerChange = { questionId: string; before: Answers | null; after: Answers | null };

/** The questions whose answer differs between before and after, in the order given. */
export function changedAnswers(before: Answers, after: Answers, questionIds: readonly string[]): AnswerChange[] {
  return questionIds
    .map((questionId) => ({ questionId, before: answerOf(before, questionId), after: answerOf(after, questionId) }))
    .filter((change) => !sameAnswer(change.before, change.after));
}

/**
 * The questions where a save would undo a colleague's work: the saved answer changed since the
 * person opened the page (base), and they changed it too, to something else. A question only one
 * of them changed, or where both gave the same answer, is not a conflict.
 */
export function findConflicts(base: Answers, saved: Answers, sent: Answers, questionIds: readonly string[]): string[] {
  return questionIds.filter((id) => {
    const [opened, current, mine] = [answerOf(base, id), answerOf(saved, id), answerOf(sent, id)];
    return !sameAnswer(opened, current) && !sameAnswer(current, mine) && !sameAnswer(opened, mine);
  });
}

/**
 * A page's answers to save on a shared response: what the person changed since they opened the
 * page, and the saved answer (perhaps a colleague's) for every question they left as it was.
 */
export function mergePage(base: Answers, saved: Answers, sent: Answers, questionIds: readonly string[]): Answers {
  const merged = questionIds.map((id) => (sameAnswer(answerOf(base, id), answerOf(sent, id)) ? answerOf(saved, id) : answerOf(sent, id)));
  return Object.assign({}, ...merged.map((answer) => answer ?? {})) as Answers;
}

/** The saved answers to these questions only: what a page was opened with, sent back as its base. */
export function pageAnswers(answers: Answers, questionIds: readonly string[]): Answers {
  return Object.assign({}, ...questionIds.map((id) => answerOf(answers, id) ?? {})) as Answers;
}

const isAnswerValue = (value: unknown): value is AnswerValue =>
  typeof value === "string" ||
  (typeof value === "number" && Number.isFinite(value)) ||
  (Array.isArray(value) && value.every((item) => typeof item === "string")) ||
  (typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((item) => typeof item === "number"));

/**
 * The base a page sent back (JSON of the answers it was opened with). Anything unreadable counts as
 * "opened with nothing", so a colleague's saved answer is never overwritten without a word.
 */
export function parseBase(text: string | undefined): Answers {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, value]) => isAnswerValue(value))) as Answers;
  } catch {
    return {};
  }
}

/** The field a question's problem is shown on (and the error summary links to): a date's day, a grid's first row. */
export function questionField(question: Question): string {
  if (question.type === "date") return fieldName(question.id, "day");
  if (question.type === "grid") return fieldName(question.id, question.rows[0]?.id);
  return fieldName(question.id);
}
