import type { Condition, SurveyDefinition } from "@/lib/domain/surveys/definition";
import { findQuestion } from "@/lib/domain/surveys/definition";
import { answeredCount, countOf, responseCount, type Counts } from "./counts";

/** How many responses a condition held for, from the counts of the question it names. */
function conditionCount(definition: SurveyDefinition, condition: Condition, counts: Counts): number {
  const matching = condition.values.map((value) => countOf(counts, condition.questionId, value));
  const sum = matching.reduce((total, count) => total + count, 0);
  // A multiple-choice respondent may tick several of the values: the sum then counts them twice.
  const multiple = findQuestion(definition, condition.questionId)?.type === "multiple_choice";
  const holding = multiple ? Math.min(sum, answeredCount(counts, condition.questionId)) : sum;
  if (condition.operator !== "not_one_of") return holding;
  return responseCount(counts) - (multiple ? Math.max(0, ...matching) : sum);
}

/**
 * How many submitted responses were shown a question: all of them, less those its section's or its
 * own condition hid. Exact for the conditions the builder makes on single-answer questions; when
 * both the section and the question have a condition, or a condition names several ticks of a
 * multiple-choice question, it is the largest number the counts allow.
 */
export function shownCount(definition: SurveyDefinition, questionId: string, counts: Counts): number {
  const responses = responseCount(counts);
  const section = definition.sections.find((candidate) => candidate.questions.some((question) => question.id === questionId));
  const question = section?.questions.find((candidate) => candidate.id === questionId);
  const conditions = [section?.showIf, question?.showIf].filter((condition): condition is Condition => Boolean(condition));
  const limits = conditions.map((condition) => conditionCount(definition, condition, counts));
  return Math.max(answeredCount(counts, questionId), Math.min(responses, ...limits));
}
