import { useTranslations } from "next-intl";
import { fieldName } from "@/lib/surveys/check-answer";
import { OTHER_OPTION } from "@/lib/surveys/definition";
import { describedBy, valueOf } from "./form-values";
import { QuestionFrame } from "./question-frame";
import type { QuestionProps } from "./question-props";

/** A dropdown, with "Other" and its box when the question allows it. */
export function SelectQuestion({ question, values, errors }: QuestionProps<"dropdown">) {
  const t = useTranslations("surveyRespond.question");
  const id = fieldName(question.id);
  const error = errors[id]?.[0];
  const otherName = fieldName(question.id, OTHER_OPTION);
  return (
    <QuestionFrame question={question} id={id} error={error} group={false}>
      <select className="select" id={id} name={id} defaultValue={valueOf(values, id)} aria-describedby={describedBy(question.hint && `${id}-hint`, error && `${id}-error`)} aria-invalid={error ? true : undefined}>
        <option value="">{t("choose")}</option>
        {question.options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
        {question.allowOther ? <option value={OTHER_OPTION}>{t("other")}</option> : null}
      </select>
      {question.allowOther ? (
        <div className="question__other question__other--select">
          <label className="label" htmlFor={otherName}>
            {t("otherSpecify")}
          </label>
          <input className="input input--wide" id={otherName} name={otherName} type="text" maxLength={200} defaultValue={valueOf(values, otherName)} />
        </div>
      ) : null}
    </QuestionFrame>
  );
}
