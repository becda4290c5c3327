import { useTranslations } from "next-intl";
import { fieldName } from "@/lib/domain/surveys/check-answer";
import { OTHER_OPTION, type SurveyOption } from "@/lib/domain/surveys/definition";
import { englishMarks } from "./english-marks";
import { describedBy, valuesOf } from "./form-values";
import { OtherAnswer } from "./other-answer";
import { combinedHint, QuestionFrame } from "./question-frame";
import type { QuestionProps } from "./question-props";

type ChoiceTypes = "single_choice" | "multiple_choice" | "yes_no";

/** Radios (one answer, or yes/no) and checkboxes (several, up to a maximum), with "Other, please specify". */
export function ChoiceQuestion({ question, values, errors, inEnglish }: QuestionProps<ChoiceTypes>) {
  const t = useTranslations("surveyRespond.question");
  const name = fieldName(question.id);
  const error = errors[name]?.[0];
  const multiple = question.type === "multiple_choice";
  const chosen = new Set(valuesOf(values, name));
  const allowOther = question.type !== "yes_no" && question.allowOther;
  const options: SurveyOption[] =
    question.type === "yes_no"
      ? [
          { id: "yes", label: t("yes") },
          { id: "no", label: t("no") },
        ]
      : [...question.options, ...(allowOther ? [{ id: OTHER_OPTION, label: t("other") }] : [])];
  return (
    <QuestionFrame question={question} id={name} error={error} group inEnglish={inEnglish} hint={question.hint || combinedHint(question, question.type === "multiple_choice" && question.maxChoices !== null ? t("maxChoices", { max: question.maxChoices }) : null)}>
      <div className={question.type === "yes_no" ? "choices choices--inline" : multiple ? "checkboxes choices" : "choices"}>
        {options.map((option, index) => {
          const id = index === 0 ? name : `${name}-${option.id}`;
          return (
            <div className={multiple ? "checkboxes__item" : "radios__item"} key={option.id}>
              <input
                id={id}
                type={multiple ? "checkbox" : "radio"}
                name={name}
                value={option.id}
                defaultChecked={chosen.has(option.id)}
                aria-describedby={index === 0 ? describedBy(error && `${name}-error`) : undefined}
              />
              <label htmlFor={id} {...englishMarks(inEnglish, `question.${question.id}.option.${option.id}`)}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
      {allowOther ? <OtherAnswer questionId={question.id} values={values} /> : null}
    </QuestionFrame>
  );
}
