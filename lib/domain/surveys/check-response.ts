import type { Message } from "@/lib/errors";
import type { Answers } from "./answer-types";
import { checkAnswer, fieldName } from "./check-answer";
import type { SurveyDefinition } from "./definition";
import { resolveSurvey, type VisibleSection } from "./logic";

export interface ResponseProblem {
  sectionIndex: number;
  questionId: string;
  field: string;
  message: Message;
}

/**
 * Checks a whole response before it is submitted: answers to hidden questions are dropped, every
 * visible answer is checked again, and every visible required question must be answered.
 */
export function checkResponse(definition: SurveyDefinition, answers: Answers): { answers: Answers; sections: VisibleSection[]; problems: ResponseProblem[] } {
  const resolved = resolveSurvey(definition, answers);
  const problems: ResponseProblem[] = [];
  for (const { index, questions } of resolved.sections) {
    for (const question of questions) {
      const message = checkAnswer(question, resolved.answers[question.id], resolved.answers);
      if (message) problems.push({ sectionIndex: index, questionId: question.id, field: fieldName(question.id), message });
    }
  }
  return { ...resolved, problems };
}
