import { CENSUS_CATEGORIES } from "./census-categories";
import { EQUALITIES_QUESTIONS, QUESTION_ANSWERS } from "./questions";

/** A CSV value, quoted when it holds a comma, a quote or a line break. */
const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * A population file to fill in: every question and answer, an empty count, and the Census 2021
 * categories to add up for it. UTF-8 with a byte order mark, so spreadsheets open it as such.
 */
export function populationTemplateCsv(): string {
  const rows = EQUALITIES_QUESTIONS.flatMap((question) => QUESTION_ANSWERS[question].map((answer) => [question, answer, "", (CENSUS_CATEGORIES[question][answer] ?? []).join(" + ")]));
  return `\uFEFF${[["question", "answer", "count", "census_category"], ...rows].map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}
