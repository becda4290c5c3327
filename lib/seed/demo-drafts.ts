import { allQuestions, type SurveyDefinition } from "@/lib/domain/surveys/definition";
import type { Answers } from "@/lib/domain/surveys/answer-types";

/** The answers a respondent had given when they stopped after `furthest` sections (a draft). */
export function answersBefore(definition: SurveyDefinition, answers: Answers, furthest: number): Answers {
  const sectionOf = new Map(allQuestions(definition).map(({ question, sectionIndex }) => [question.id, sectionIndex]));
  return Object.fromEntries(Object.entries(answers).filter(([key]) => (sectionOf.get(key.split(".")[0] ?? key) ?? Infinity) < furthest));
}

/**
 * Where the `index`th unfinished response stopped: most people leave early, a few near the end,
 * as in any survey (1, 1, 2, 1, 2, 3, ... up to one section before the last).
 */
export function stoppedAfter(index: number, sections: number): number {
  const cycle = Math.max(1, sections - 1);
  const step = index % (cycle * (cycle + 1) / 2);
  let level = 1;
  let start = 0;
  while (step >= start + level) {
    start += level;
    level += 1;
  }
  return step - start + 1;
}
