import { fieldName } from "@/lib/domain/surveys/check-answer";
import { englishMarks } from "./english-marks";
import { describedBy, valueOf } from "./form-values";
import type { QuestionProps } from "./question-props";

/** A consent statement: one checkbox whose label is the statement itself. */
export function ConsentQuestion({ question, values, errors, inEnglish }: QuestionProps<"consent">) {
  const id = fieldName(question.id);
  const error = errors[id]?.[0];
  return (
    <div className={error ? "form-group form-group--error question" : "form-group question"}>
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="checkboxes__item">
        <input id={id} type="checkbox" name={id} value="yes" defaultChecked={valueOf(values, id) === "yes"} aria-describedby={describedBy(question.hint && `${id}-hint`, error && `${id}-error`)} />
        <label htmlFor={id} {...englishMarks(inEnglish, `question.${question.id}.title`)}>
          {question.title}
        </label>
      </div>
      {question.hint ? (
        <p className="hint question__consent-hint" id={`${id}-hint`} {...englishMarks(inEnglish, `question.${question.id}.hint`)}>
          {question.hint}
        </p>
      ) : null}
    </div>
  );
}
