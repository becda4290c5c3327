import { useTranslations } from "next-intl";
import { fieldName } from "@/lib/domain/surveys/check-answer";
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from "@/lib/domain/surveys/definition";
import { describedBy, valueOf } from "./form-values";
import { combinedHint, QuestionFrame } from "./question-frame";
import type { QuestionProps } from "./question-props";

type TextTypes = "short_text" | "long_text" | "number" | "email" | "postcode";

const INPUT_ATTRIBUTES = {
  short_text: { type: "text", className: "input input--wide", maxLength: SHORT_TEXT_MAX },
  number: { type: "text", className: "input input--number", inputMode: "decimal", spellCheck: false },
  email: { type: "email", className: "input input--wide", autoComplete: "email", spellCheck: false },
  postcode: { type: "text", className: "input input--postcode", autoComplete: "postal-code", spellCheck: false },
} as const;

/** Short and long text, numbers, email addresses and postcodes: one labelled box each. */
export function TextQuestion({ question, values, errors, inEnglish }: QuestionProps<TextTypes>) {
  const t = useTranslations("surveyRespond.question");
  const id = fieldName(question.id);
  const error = errors[id]?.[0];
  const limit = question.type === "long_text" ? Math.min(question.maxLength, LONG_TEXT_MAX) : null;
  const range =
    question.type !== "number" || (question.min === null && question.max === null)
      ? null
      : question.min !== null && question.max !== null
        ? t("numberRange", { min: question.min, max: question.max })
        : question.min !== null
          ? t("numberMin", { min: question.min })
          : t("numberMax", { max: question.max ?? 0 });
  const hint = combinedHint(question, limit ? t("characterLimit", { max: limit }) : range);
  const described = describedBy(hint && `${id}-hint`, error && `${id}-error`);
  const common = { id, name: id, defaultValue: valueOf(values, id), "aria-describedby": described, "aria-invalid": error ? true : undefined } as const;
  const attributes = INPUT_ATTRIBUTES[question.type === "long_text" ? "short_text" : question.type];
  return (
    <QuestionFrame question={question} inEnglish={inEnglish} id={id} error={error} group={false} hint={hint}>
      {limit ? (
        <textarea {...common} className={`input input--wide textarea${error ? " input--error" : ""}`} rows={5} maxLength={limit} />
      ) : (
        <input {...common} {...attributes} className={`${attributes.className}${error ? " input--error" : ""}`} />
      )}
    </QuestionFrame>
  );
}
