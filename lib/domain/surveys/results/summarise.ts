import type { Question, SurveyDefinition, SurveyOption } from "@/lib/domain/surveys/definition";
import { allQuestions, conditionValues, OTHER_OPTION, scaleValues } from "@/lib/domain/surveys/definition";
import { answeredCount, countOf, meanAndMedian, percentOf, responseCount, valueCounts, type Counts } from "./counts";
import { shownCount } from "./shown-count";

export interface OptionCount {
  id: string;
  label: string;
  count: number;
  /** Of those who answered the question (for multiple choice: of respondents, so they add up to more than 100). */
  percent: number | null;
}

interface Base {
  question: Question;
  sectionIndex: number;
  answered: number;
  shown: number;
}

export type QuestionResult =
  | (Base & { kind: "choice"; multiple: boolean; options: OptionCount[]; other: number | null })
  | (Base & { kind: "scale"; options: OptionCount[]; mean: number | null; median: number | null })
  | (Base & { kind: "number"; mean: number | null; median: number | null; smallest: number | null; largest: number | null })
  | (Base & { kind: "grid"; points: number; rows: GridRowResult[] })
  | (Base & { kind: "text" });

export interface GridRowResult {
  id: string;
  label: string;
  answered: number;
  mean: number | null;
  points: OptionCount[];
}

function optionCounts(options: SurveyOption[], counts: Counts, questionKey: string, base: number): OptionCount[] {
  return options.map(({ id, label }) => {
    const count = countOf(counts, questionKey, id);
    return { id, label, count, percent: percentOf(count, base) };
  });
}

function summariseQuestion(question: Question, base: Base, counts: Counts): QuestionResult {
  switch (question.type) {
    case "single_choice":
    case "multiple_choice":
    case "dropdown": {
      const options = optionCounts(question.options, counts, question.id, base.answered);
      return { ...base, kind: "choice", multiple: question.type === "multiple_choice", options, other: question.allowOther ? countOf(counts, question.id, OTHER_OPTION) : null };
    }
    case "yes_no":
      return { ...base, kind: "choice", multiple: false, options: optionCounts(conditionValues(question), counts, question.id, base.answered), other: null };
    case "consent":
      // Everyone who answers a consent statement agrees: the share that matters is of those shown it.
      return { ...base, kind: "choice", multiple: false, options: optionCounts(conditionValues(question), counts, question.id, base.shown), other: null };
    case "scale":
      return { ...base, kind: "scale", options: optionCounts(scaleValues(question.points), counts, question.id, base.answered), ...meanAndMedian(valueCounts(counts, question.id)) };
    case "number": {
      const values = valueCounts(counts, question.id);
      return { ...base, kind: "number", ...meanAndMedian(values), smallest: values[0]?.[0] ?? null, largest: values[values.length - 1]?.[0] ?? null };
    }
    case "grid": {
      const rows = question.rows.map(({ id, label }) => {
        const key = `${question.id}.${id}`;
        const answered = answeredCount(counts, key);
        return { id, label, answered, mean: meanAndMedian(valueCounts(counts, key)).mean, points: optionCounts(scaleValues(question.points), counts, key, answered) };
      });
      return { ...base, kind: "grid", points: question.points, rows };
    }
    default:
      return { ...base, kind: "text" };
  }
}

export interface ResultsSummary {
  responses: number;
  questions: QuestionResult[];
}

/** Every question's figures from counts in the tallies' shape (from the tallies or from responses). */
export function summariseCounts(definition: SurveyDefinition, counts: Counts): ResultsSummary {
  const questions = allQuestions(definition).map(({ question, sectionIndex }) => {
    const base: Base = { question, sectionIndex, answered: answeredCount(counts, question.id), shown: shownCount(definition, question.id, counts) };
    return summariseQuestion(question, base, counts);
  });
  return { responses: responseCount(counts), questions };
}
