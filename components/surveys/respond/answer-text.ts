import { formatIsoDate } from "@/lib/format/dates";
import type { Answers } from "@/lib/domain/surveys/answer-types";
import { OTHER_OPTION, type Question } from "@/lib/domain/surveys/definition";
import { otherKey } from "@/lib/domain/surveys/logic";

export type AnswerWords = { yes: string; no: string; notAnswered: string; consented: string; other: (text: string) => string; outOf: (point: number, points: number) => string };

/** A saved answer in words for "Check your answers": labels rather than ids, one line per item. */
export function answerLines(question: Question, answers: Answers, words: AnswerWords): string[] {
  const value = answers[question.id];
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return [words.notAnswered];
  const other = answers[otherKey(question.id)];
  const label = (id: string) => {
    if (id === OTHER_OPTION) return words.other(typeof other === "string" ? other : "");
    return "options" in question ? (question.options.find((option) => option.id === id)?.label ?? id) : id;
  };
  switch (question.type) {
    case "single_choice":
    case "dropdown":
      return [label(String(value))];
    case "multiple_choice":
      return Array.isArray(value) ? value.map(label) : [String(value)];
    case "yes_no":
      return [value === "yes" ? words.yes : words.no];
    case "consent":
      return [words.consented];
    case "scale":
      return [words.outOf(Number(value), question.points)];
    case "grid":
      return question.rows.map((row) => {
        const point = typeof value === "object" && !Array.isArray(value) ? value[row.id] : undefined;
        return `${row.label}: ${point === undefined ? words.notAnswered : words.outOf(point, question.points)}`;
      });
    case "date":
      return [formatIsoDate(String(value))];
    case "number":
      return [Number(value).toLocaleString("en-GB")];
    default:
      return String(value).split("\n");
  }
}
