import { useTranslations } from "next-intl";
import { fieldName } from "@/lib/domain/surveys/check-answer";
import { englishMarks } from "./english-marks";
import { valueOf } from "./form-values";
import { QuestionFrame } from "./question-frame";
import type { QuestionProps } from "./question-props";
import { scalePoints } from "./scale-question";

/**
 * Rows against one scale: a table of radios inside the question's fieldset. Each row's radios share
 * a name; each radio is named by its row and point, so a screen reader says "A helpline: 4 of 5".
 */
export function GridQuestion({ question, values, errors, inEnglish }: QuestionProps<"grid">) {
  const t = useTranslations("surveyRespond.question");
  const points = scalePoints(question.points);
  const rowErrorKey = question.rows.map((row) => fieldName(question.id, row.id)).find((key) => errors[key]);
  const error = rowErrorKey ? errors[rowErrorKey]?.[0] : undefined;
  const frameId = fieldName(question.id);
  const heading = (point: string) => (point === "1" && question.minLabel ? `1 ${question.minLabel}` : point === String(question.points) && question.maxLabel ? `${point} ${question.maxLabel}` : point);
  return (
    <QuestionFrame question={question} id={frameId} error={error} group inEnglish={inEnglish}>
      <div className="table-wrap">
        <table className="table grid-question">
          <thead>
            <tr>
              <td />
              {points.map((point) => (
                <th scope="col" key={point}>
                  {heading(point)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {question.rows.map((row) => {
              const name = fieldName(question.id, row.id);
              const chosen = valueOf(values, name);
              return (
                <tr key={row.id} className={errors[name] ? "grid-question__row--error" : undefined}>
                  <th scope="row" {...englishMarks(inEnglish, `question.${question.id}.row.${row.id}`)}>
                    {row.label}
                  </th>
                  {points.map((point, index) => (
                    <td key={point}>
                      <input
                        id={index === 0 ? name : `${name}-${point}`}
                        type="radio"
                        name={name}
                        value={point}
                        defaultChecked={chosen === point}
                        aria-label={t("gridPoint", { row: row.label, point, points: question.points })}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </QuestionFrame>
  );
}
