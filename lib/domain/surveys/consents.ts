import type { Answers } from "./answer-types";
import { allQuestions, type SurveyDefinition } from "./definition";

export type ConsentGiven = { questionId: string; wording: string };

/**
 * The consent questions a response agreed to, with the words the person saw (the question and its
 * hint), from the checked answers (a hidden question's answer is already gone).
 */
export function consentsGiven(definition: Pick<SurveyDefinition, "sections">, answers: Answers): ConsentGiven[] {
  return allQuestions(definition)
    .map(({ question }) => question)
    .filter((question) => question.type === "consent" && answers[question.id] === "yes")
    .map((question) => ({ questionId: question.id, wording: question.hint ? `${question.title}\n${question.hint}` : question.title }));
}
