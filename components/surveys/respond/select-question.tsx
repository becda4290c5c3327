import { useTranslations } from "next-intl";
import { fieldName } from "@/lib/domain/surveys/check-answer";
import { OTHER_OPTION } from "@/lib/domain/surveys/definition";
import { englishMarks } from "./english-marks";
import { describedBy, valueOf } from "./form-values";
import { OtherAnswer } from "./other-answer";
import { QuestionFrame } from "./question-frame";
import type { QuestionProps } from "./question-props";

/** A dropdown, with "Other" and its box when the question allows it. */
export function SelectQuestion({ question, values, errors, inEnglish }: QuestionProps<"dropdown">) {
  const t = useTranslations("surveyRespond.question");
  const id = fieldName(question.id);
  const error = errors[id]?.[0];
  return (
    <QuestionFrame question={question} id={id} error={error} group={false} inEnglish={inEnglish}>
      <select className="select" id={id} name={id} defaultValue={valueOf(values, id)} aria-describedby={describedBy(question.hint && `${id}-hint`, error && `${id}-error`)} aria-invalid={error ? true : undefined}>
        <option value="">{t("choose")}</option>
        {question.options.map((option) => (
          <option key={option.id} value={option.id} {...englishMarks(inEnglish, `question.${question.id}.option.${option.id}`)}>
            {option.label}
          </option>
        ))}
        {question.allowOther ? <option value={OTHER_OPTION}>{t("other")}</option> : null}
      </select>
      {question.allowOther ? <OtherAnswer questionId={question.id} values={values} /> : null}
    </QuestionFrame>
  );
}
