import type { Question, SurveyDefinition } from "@/lib/domain/surveys/definition";
import { OTHER_OPTION } from "@/lib/domain/surveys/definition";

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
  message: string;
  path: (string | number)[];
}

type Located = { question: Question; path: (string | number)[] };

function locate(definition: SurveyDefinition): Map<string, Located> {
  const found = new Map<string, Located>();
  definition.sections.forEach((section, s) => section.questions.forEach((question, q) => found.set(question.id, { question, path: ["sections", s, "questions", q] })));
  return found;
}

const TYPE_NAMES: Record<Question["type"], string> = {
  short_text: "short text",
  long_text: "long text",
  single_choice: "single choice",
  multiple_choice: "multiple choice",
  dropdown: "dropdown",
  number: "number",
  scale: "scale",
  grid: "grid",
  date: "date",
  email: "email address",
  postcode: "UK postcode",
  yes_no: "yes or no",
  consent: "consent statement",
};

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
      if (answered) problems.push({ message: `“${old.title}” cannot be deleted: people have already answered it. You can reword it or make it optional instead.`, path: [] });
      continue;
    }
    const { question, path } = current;
    if (question.type !== old.type) {
      if (answered) problems.push({ message: `The type of “${old.title}” cannot change from ${TYPE_NAMES[old.type]} to ${TYPE_NAMES[question.type]}: people have already answered it. Add a new question instead.`, path: [...path, "type"] });
      continue;
    }
    for (const option of choicesOf(old)) {
      if (stored.has(option.id) && !choicesOf(question).some((item) => item.id === option.id)) {
        problems.push({ message: `The option “${option.label}” of “${old.title}” cannot be deleted: people have chosen it. You can reword it instead.`, path: [...path, "options"] });
      }
    }
    if (allowsOther(old) && !allowsOther(question) && stored.has(OTHER_OPTION)) {
      problems.push({ message: `“Other, please specify” must stay on “${old.title}”: people have chosen it.`, path: [...path, "allowOther"] });
    }
    for (const row of rowsOf(old)) {
      if (stored.has(row.id) && !rowsOf(question).some((item) => item.id === row.id)) {
        problems.push({ message: `The row “${row.label}” of “${old.title}” cannot be deleted: people have answered it.`, path: [...path, "rows"] });
      }
    }
    if (answered && pointsOf(old) !== pointsOf(question)) {
      problems.push({ message: `“${old.title}” must keep its ${pointsOf(old)}-point scale: people have already answered it.`, path: [...path, "points"] });
    }
  }
  for (const [id, { question, path }] of after) {
    if (!before.has(id) && question.required) {
      problems.push({ message: `The new question “${question.title}” must be optional: people have already started answering this survey.`, path: [...path, "required"] });
    }
  }
  return problems;
}
