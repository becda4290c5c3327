import { fieldName } from "@/lib/domain/surveys/check-answer";
import { OTHER_OPTION, type Question } from "@/lib/domain/surveys/definition";

/** Every field on a page that an error can name, with its question: the error summary links them. */
export function errorFieldLabels(questions: Question[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const question of questions) {
    labels[fieldName(question.id)] = question.title;
    labels[fieldName(question.id, OTHER_OPTION)] = question.title;
    if (question.type === "grid") for (const row of question.rows) labels[fieldName(question.id, row.id)] = question.title;
    if (question.type === "date") for (const part of ["day", "month", "year"]) labels[fieldName(question.id, part)] = question.title;
  }
  return labels;
}
