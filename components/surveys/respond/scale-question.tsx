import { useTranslations } from "next-intl";
import { fieldName } from "@/lib/domain/surveys/check-answer";
import { describedBy, valueOf } from "./form-values";
import { combinedHint, QuestionFrame } from "./question-frame";
import type { QuestionProps } from "./question-props";

export const scalePoints = (points: number) => Array.from({ length: points }, (_, index) => String(index + 1));

/** A 1 to 5 (or 10) scale as radios in a row, its end labels beside the ends and read with them. */
export function ScaleQuestion({ question, values, errors, inEnglish }: QuestionProps<"scale">) {
  const t = useTranslations("surveyRespond.question");
  const name = fieldName(question.id);
  const error = errors[name]?.[0];
  const chosen = valueOf(values, name);
  const points = scalePoints(question.points);
  const endLabel = (point: string) => (point === "1" ? question.minLabel : point === String(question.points) ? question.maxLabel : "");
  return (
    <QuestionFrame question={question} inEnglish={inEnglish} id={name} error={error} group hint={combinedHint(question, t("scaleHint", { points: question.points, min: question.minLabel || "1", max: question.maxLabel || String(question.points) }))}>
      <div className="scale">
        {question.minLabel ? (
          <span className="scale__end" aria-hidden="true">
            {question.minLabel}
          </span>
        ) : null}
        {points.map((point, index) => {
          const id = index === 0 ? name : `${name}-${point}`;
          return (
            <div className="scale__point" key={point}>
              <input id={id} type="radio" name={name} value={point} defaultChecked={chosen === point} aria-describedby={index === 0 ? describedBy(error && `${name}-error`) : undefined} />
              <label htmlFor={id}>
                {point}
                {endLabel(point) ? <span className="visually-hidden"> ({endLabel(point)})</span> : null}
              </label>
            </div>
          );
        })}
        {question.maxLabel ? (
          <span className="scale__end" aria-hidden="true">
            {question.maxLabel}
          </span>
        ) : null}
      </div>
    </QuestionFrame>
  );
}
