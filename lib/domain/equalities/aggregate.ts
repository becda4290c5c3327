import { EQUALITIES_QUESTIONS, QUESTION_ANSWERS, type EqualitiesQuestion } from "./questions";
import { suppressCells, suppressTotal, type ShownCount } from "./suppress";

/** The cell of everyone who gave no census category: "prefer not to say", skipped the question, or never answered at all. */
export const NOT_STATED = "not_stated";

export type AggregateCell = { answer: string; shown: ShownCount };
type QuestionAggregate = { question: EqualitiesQuestion; cells: AggregateCell[] };

/**
 * Who took part, as officers may see it: how many people (suppressed), and for each question how
 * many gave each census category and how many did not say, every count suppressed. Never a person.
 */
export type EqualitiesAggregate = { participants: ShownCount; questions: QuestionAggregate[] };

/** One question's answer and how many participants gave it: null for those who did not answer. */
export type AnswerCount = { question: string; answer: string | null; count: number };

/**
 * Builds the suppressed aggregate from the counts of `total` distinct participants' answers. Each
 * question's cells count every participant once: its census categories in order, then "not stated"
 * (everyone else, whatever they stored), so the cells always add up to the total.
 */
export function aggregateAnswers(total: number, counts: readonly AnswerCount[]): EqualitiesAggregate {
  if (total === 0) return { participants: suppressTotal(0), questions: [] };
  const questions = EQUALITIES_QUESTIONS.map((question) => {
    const counted = (answer: string) => counts.filter((row) => row.question === question && row.answer === answer).reduce((sum, row) => sum + row.count, 0);
    const categories = QUESTION_ANSWERS[question].map((answer) => ({ key: answer as string, count: counted(answer) }));
    const stated = categories.reduce((sum, cell) => sum + cell.count, 0);
    // "Not stated" is hidden last: how many answered is what the comparison with the population needs.
    const cells = suppressCells([...categories, { key: NOT_STATED, count: total - stated }], total, NOT_STATED);
    return { question, cells: cells.map(({ key, shown }) => ({ answer: key, shown })) };
  });
  return { participants: suppressTotal(total), questions };
}
