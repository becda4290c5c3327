import { csvLine, UTF8_BOM, type ExportValue } from "@/lib/domain/surveys/export/csv-cell";
import type { SuppressedQuestion } from "@/lib/domain/surveys/results/suppress";

/** One survey's published results, as the public results page shows them (small numbers suppressed). */
export type PublishedResults = {
  survey: { title: string };
  responses: number | null;
  questions: (SuppressedQuestion & { title: string })[];
};

export type ResultsCsvLabels = { header: [string, string, string, string, string, string]; fewerThanFive: string; notShown: string };

/**
 * The published results of several surveys as one CSV: a row per survey, question and answer, with
 * its count and percentage, or the words the public page uses where a number is suppressed. Only
 * what is already public goes in: no written answers, no respondent.
 */
export function publishedResultsCsv(results: PublishedResults[], labels: ResultsCsvLabels): string {
  const lines = [csvLine(labels.header)];
  for (const { survey, responses, questions } of results) {
    for (const question of questions) {
      for (const cell of question.cells) {
        const count: ExportValue = cell.count ?? (cell.hidden === "protects" ? labels.notShown : labels.fewerThanFive);
        const percent: ExportValue = cell.percent === null ? null : Math.round(cell.percent * 10) / 10;
        lines.push(csvLine([survey.title, responses ?? labels.fewerThanFive, question.title, cell.label, count, percent]));
      }
    }
  }
  return `${UTF8_BOM}${lines.join("")}`;
}
