import type { Condition, Question, Section, SurveyDefinition } from "./definition";
import { conditionValues, findQuestion, OTHER_OPTION } from "./definition";
import type { AnswerValue, Answers } from "./answer-types";

function answerValues(value: AnswerValue | undefined): string[] | null {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value;
  if (typeof value === "object") return null;
  return [String(value)];
}

/**
 * Whether a condition holds for the answers given so far. For multiple choice, "equals" means the
 * answer includes the value. "Is anything other than" also holds when the question was not answered.
 */
export function conditionHolds(condition: Condition, answers: Answers): boolean {
  const given = answerValues(answers[condition.questionId]);
  if (given === null || given.length === 0) return condition.operator === "not_one_of";
  const matches = given.some((value) => condition.values.includes(value));
  return condition.operator === "not_one_of" ? !matches : matches;
}

export interface VisibleSection {
  section: Section;
  /** Position among all sections (stable across answers). */
  index: number;
  questions: Question[];
}

/**
 * Walks the survey in order and keeps only the answers a respondent could have given: an answer to
 * a question that its conditions now hide is dropped, and so cannot switch on later questions;
 * "other" text is kept only beside an answer that chose "Other".
 */
export function resolveSurvey(definition: SurveyDefinition, answers: Answers): { sections: VisibleSection[]; answers: Answers } {
  const kept: Answers = {};
  const sections: VisibleSection[] = [];
  definition.sections.forEach((section, index) => {
    if (section.showIf && !conditionHolds(section.showIf, kept)) return;
    const questions: Question[] = [];
    for (const question of section.questions) {
      if (question.showIf && !conditionHolds(question.showIf, kept)) continue;
      questions.push(question);
      const value = answers[question.id];
      if (value !== undefined) kept[question.id] = value;
      const other = answers[otherKey(question.id)];
      if (other !== undefined && choseOther(question, value)) kept[otherKey(question.id)] = other;
    }
    if (questions.length > 0) sections.push({ section, index, questions });
  });
  return { sections, answers: kept };
}

/** "Other, please specify" text counts only where the question offers it and it was chosen. */
function choseOther(question: Question, value: AnswerValue | undefined): boolean {
  if (!("allowOther" in question) || !question.allowOther) return false;
  return value === OTHER_OPTION || (Array.isArray(value) && value.includes(OTHER_OPTION));
}

export function otherKey(questionId: string): string {
  return `${questionId}.other`;
}

export interface ConditionDescription {
  question: string;
  operator: Condition["operator"];
  values: string[];
  multiple: boolean;
}

/** The parts of a condition in words, for the builder to phrase ("Shown when … is “No”"). */
export function describeCondition(definition: SurveyDefinition, condition: Condition): ConditionDescription {
  const question = findQuestion(definition, condition.questionId);
  const labels = new Map((question ? conditionValues(question) : []).map((option) => [option.id, option.label]));
  return {
    question: question?.title ?? condition.questionId,
    operator: condition.operator,
    values: condition.values.map((value) => labels.get(value) ?? value),
    multiple: question?.type === "multiple_choice",
  };
}
