import type { FieldErrors } from "@/lib/errors";
import type { Question } from "@/lib/domain/surveys/definition";
import type { FormInput } from "@/lib/domain/surveys/parse-answers";

/** What every question component gets: the question, the form values to show, and the errors by field. */
export type QuestionProps<T extends Question["type"] = Question["type"]> = {
  question: Extract<Question, { type: T }>;
  values: FormInput;
  errors: FieldErrors;
  /** The survey's words shown in English on a page in another language, by field key (lib/domain/translations). */
  inEnglish?: ReadonlySet<string>;
};
