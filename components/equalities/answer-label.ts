import { PREFER_NOT_TO_SAY, type EqualitiesQuestion, type QUESTION_ANSWERS } from "@/lib/domain/equalities/questions";

/** The message of each question's answers, as keys under aboutYou: only the pairs that exist. */
type AnswerKey = { [Q in EqualitiesQuestion]: `answers.${Q}.${(typeof QUESTION_ANSWERS)[Q][number]}` }[EqualitiesQuestion];

/** An answer's words, from the aboutYou messages (`useTranslations("aboutYou")` or `getTranslations`). */
export function answerLabel(t: (key: AnswerKey | "preferNotToSay") => string, question: EqualitiesQuestion, answer: string): string {
  return answer === PREFER_NOT_TO_SAY ? t("preferNotToSay") : t(`answers.${question}.${answer}` as AnswerKey);
}
