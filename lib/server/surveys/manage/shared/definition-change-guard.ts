import type { Question, SurveyDefinition } from "@/lib/domain/surveys/definition";
import { OTHER_OPTION } from "@/lib/domain/surveys/definition";
import { message, type Message } from "@/lib/errors";

/** What responses (submitted or draft) already hold, for the questions a change touches. */
export interface AnswerUsage {
  /** Whether the survey has any response at all, submitted or draft. */
  hasResponses: boolean;
  /** Question ids with an answer. */
  answered: ReadonlySet<string>;
  /** Per question: the choice ids, grid row ids or scale points stored in answers. */
  values: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface ChangeProblem {
  message: Message;
  path: (string | number)[];
}

type Located = { question: Question; path: (string | number)[] };

function locate(definition: SurveyDefinition): Map<string, Located> {
  const found = new Map<string, Located>();
  definition.sections.forEach((section, s) => section.questions.forEach((question, q) => found.set(question.id, { question, path: ["sections", s, "questions", q] })));
  return found;
}

const choicesOf = (question: Question) => ("options" in question ? question.options : []);
const rowsOf = (question: Question) => (question.type === "grid" ? question.rows : []);
const allowsOther = (question: Question) => "allowOther" in question && question.allowOther;
const pointsOf = (question: Question) => ("points" in question ? question.points : null);

/**
 * The questions whose existing answers a change could break: deleted, retyped, options or grid rows
 * removed, "Other" switched off, or scale points changed. Only these need their answers looked up.
 */
export function questionsAtRisk(previous: SurveyDefinition, next: SurveyDefinition): string[] {
  const after = locate(next);
  return [...locate(previous).values()]
    .filter(({ question: before }) => {
      const now = after.get(before.id)?.question;
      if (!now || now.type !== before.type) return true;
      const kept = (list: { id: string }[], from: { id: string }[]) => from.every((item) => list.some((other) => other.id === item.id));
      return !kept(choicesOf(now), choicesOf(before)) || !kept(rowsOf(now), rowsOf(before)) || (allowsOther(before) && !allowsOther(now)) || pointsOf(before) !== pointsOf(now);
    })
    .map(({ question }) => question.id);
}

/**
 * Refuses the changes that would corrupt answers already given (deleting an answered question,
 * changing its type, removing a chosen option or an answered grid row, changing the points of an
 * answered scale) and, once anyone has responded, new required questions. Wording, hints, logic,
 * new optional questions, options and sections are always allowed.
 */
export function guardDefinitionChange(previous: SurveyDefinition, next: SurveyDefinition, usage: AnswerUsage): ChangeProblem[] {
  if (!usage.hasResponses) return [];
  const problems: ChangeProblem[] = [];
  const before = locate(previous);
  const after = locate(next);
  for (const { question: old } of before.values()) {
    const answered = usage.answered.has(old.id);
    const stored = usage.values.get(old.id) ?? new Set<string>();
    const current = after.get(old.id);
    if (!current) {
      if (answered) problems.push({ message: message("validation.definitionChange.deleteAnswered", { title: old.title }), path: [] });
      continue;
    }
    const { question, path } = current;
    if (question.type !== old.type) {
      if (answered) problems.push({ message: message("validation.definitionChange.retype", { title: old.title, from: old.type, to: question.type }), path: [...path, "type"] });
      continue;
    }
    for (const option of choicesOf(old)) {
      if (stored.has(option.id) && !choicesOf(question).some((item) => item.id === option.id)) {
        problems.push({ message: message("validation.definitionChange.deleteOption", { option: option.label, title: old.title }), path: [...path, "options"] });
      }
    }
    if (allowsOther(old) && !allowsOther(question) && stored.has(OTHER_OPTION)) {
      problems.push({ message: message("validation.definitionChange.keepOther", { title: old.title }), path: [...path, "allowOther"] });
    }
    for (const row of rowsOf(old)) {
      if (stored.has(row.id) && !rowsOf(question).some((item) => item.id === row.id)) {
        problems.push({ message: message("validation.definitionChange.deleteRow", { row: row.label, title: old.title }), path: [...path, "rows"] });
      }
    }
    if (answered && pointsOf(old) !== pointsOf(question)) {
      problems.push({ message: message("validation.definitionChange.keepPoints", { title: old.title, points: pointsOf(old) ?? 0 }), path: [...path, "points"] });
    }
  }
  for (const [id, { question, path }] of after) {
    if (!before.has(id) && question.required) {
      problems.push({ message: message("validation.definitionChange.newRequired", { title: question.title }), path: [...path, "required"] });
    }
  }
  return problems;
}
