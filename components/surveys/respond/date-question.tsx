import { useTranslations } from "next-intl";
import { fieldName } from "@/lib/domain/surveys/check-answer";
import { valueOf } from "./form-values";
import { QuestionFrame } from "./question-frame";
import type { QuestionProps } from "./question-props";

const PARTS = [
  { part: "day", width: 2, max: 2 },
  { part: "month", width: 2, max: 2 },
  { part: "year", width: 4, max: 4 },
] as const;

/** The GOV.UK date input: day, month and year boxes in one fieldset. */
export function DateQuestion({ question, values, errors, inEnglish }: QuestionProps<"date">) {
  const t = useTranslations("surveyRespond.question");
  const firstId = fieldName(question.id, "day");
  const errorKey = PARTS.map(({ part }) => fieldName(question.id, part)).find((key) => errors[key]);
  const error = errorKey ? errors[errorKey]?.[0] : undefined;
  return (
    <QuestionFrame question={question} inEnglish={inEnglish} id={firstId} error={error} group>
      <div className="date-input">
        {PARTS.map(({ part, width, max }) => {
          const id = fieldName(question.id, part);
          return (
            <div className="date-input__item" key={part}>
              <label className="label" htmlFor={id}>
                {t(part)}
              </label>
              <input
                className={`input input--width-${width}${error ? " input--error" : ""}`}
                id={id}
                name={id}
                type="text"
                inputMode="numeric"
                maxLength={max}
                defaultValue={valueOf(values, id)}
                aria-invalid={errors[id] ? true : undefined}
              />
            </div>
          );
        })}
      </div>
    </QuestionFrame>
  );
}
