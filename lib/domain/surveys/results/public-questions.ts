import { allQuestions, conditionValues, type Question, type SurveyDefinition } from "@/lib/domain/surveys/definition";
import { answeredCount, countOf, type Counts } from "./counts";
import { suppressSmallNumbers, type SuppressedQuestion } from "./suppress";

/** Only these are published: no free text, contact details or consent. */
const PUBLIC_TYPES = new Set<Question["type"]>(["single_choice", "multiple_choice", "dropdown", "yes_no", "scale"]);

export type PublicQuestion = SuppressedQuestion & { id: string; title: string; multiple: boolean };

/** The questions a survey's public results show, from its counts, with small numbers suppressed (the results page and the report). */
export function publicQuestions(definition: SurveyDefinition, counts: Counts): PublicQuestion[] {
  return allQuestions(definition)
    .map(({ question }) => question)
    .filter((question) => PUBLIC_TYPES.has(question.type))
    .map((question) => {
      const cells = conditionValues(question).map(({ id, label }) => ({ id, label, count: countOf(counts, question.id, id) }));
      const multiple = question.type === "multiple_choice";
      return { id: question.id, title: question.title, multiple, ...suppressSmallNumbers(cells, answeredCount(counts, question.id), !multiple) };
    });
}
