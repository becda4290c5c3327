import { otherKey } from "@/lib/domain/surveys/logic";
import type { QuestionResult } from "./summarise";

/** The answers officers can read and search: short and long text, and "other, please specify" text. */
export function textAnswerKeys(questions: QuestionResult[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const { question } of questions) {
    if (question.type === "short_text" || question.type === "long_text") keys.set(question.id, question.title);
    if ("allowOther" in question && question.allowOther) keys.set(otherKey(question.id), `${question.title} (other)`);
  }
  return keys;
}
