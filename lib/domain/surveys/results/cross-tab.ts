import type { Question, SurveyDefinition } from "@/lib/domain/surveys/definition";
import { allQuestions, conditionValues } from "@/lib/domain/surveys/definition";
import { answeredCount, countOf, percentOf, type Counts } from "./counts";

interface CrossTabColumn {
  value: string;
  label: string;
  answered: number;
}

interface CrossTabCell {
  count: number;
  /** Of those in the column who answered the question. */
  percent: number | null;
}

export interface CrossTab {
  question: Question;
  columns: CrossTabColumn[];
  rows: { id: string; label: string; cells: CrossTabCell[] }[];
}

export interface DimensionGroup {
  value: string;
  label: string;
  counts: Counts;
}

/** Each choice, yes/no and scale question against the groups of one dimension (sector, size, place). */
export function buildCrossTabs(definition: SurveyDefinition, groups: DimensionGroup[]): CrossTab[] {
  return allQuestions(definition)
    .map(({ question }) => question)
    .filter((question) => conditionValues(question).length > 0)
    .map((question) => {
      const columns = groups.map(({ value, label, counts }) => ({ value, label, answered: answeredCount(counts, question.id) }));
      const rows = conditionValues(question).map(({ id, label }) => ({
        id,
        label,
        cells: groups.map(({ counts }, index) => {
          const count = countOf(counts, question.id, id);
          return { count, percent: percentOf(count, columns[index]?.answered ?? 0) };
        }),
      }));
      return { question, columns, rows };
    });
}
