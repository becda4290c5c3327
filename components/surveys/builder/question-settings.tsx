"use client";

import { useTranslations } from "next-intl";
import type { Question } from "@/lib/domain/surveys/definition";
import { ItemListEditor } from "./item-list-editor";
import { SmallInput, SmallSelect } from "./small-field";

type Props = { idPrefix: string; question: Question; onChange: (question: Question) => void };

const toNumber = (text: string): number | null => (text.trim() === "" || Number.isNaN(Number(text)) ? null : Number(text));

/** The settings only some types have: options and "Other", most choices, number limits, scale points and labels, grid rows, text length. */
export function QuestionSettings({ idPrefix, question, onChange }: Props) {
  const t = useTranslations("surveyBuilder.editor");
  const numberField = (key: string, label: string, value: number | null, set: (value: number | null) => void) => (
    <SmallInput id={`${idPrefix}-${key}`} type="number" className="input input--number" label={label} value={value === null ? "" : String(value)} onChange={(text) => set(toNumber(text))} />
  );
  const checkbox = (key: string, label: string, checked: boolean, set: (checked: boolean) => void) => (
    <div className="checkboxes__item">
      <input type="checkbox" id={`${idPrefix}-${key}`} checked={checked} onChange={(event) => set(event.target.checked)} />
      <label htmlFor={`${idPrefix}-${key}`}>{label}</label>
    </div>
  );
  const textField = (key: string, label: string, value: string, set: (value: string) => void) => <SmallInput id={`${idPrefix}-${key}`} label={label} value={value} onChange={set} />;
  switch (question.type) {
    case "single_choice":
    case "dropdown":
    case "multiple_choice":
      return (
        <>
          <ItemListEditor idPrefix={`${idPrefix}-option`} kind="options" items={question.options} onChange={(options) => onChange({ ...question, options })} />
          {checkbox("other", t("allowOther"), question.allowOther, (allowOther) => onChange({ ...question, allowOther }))}
          {question.type === "multiple_choice" ? numberField("max-choices", t("maxChoices"), question.maxChoices, (maxChoices) => onChange({ ...question, maxChoices })) : null}
        </>
      );
    case "number":
      return (
        <div className="builder-row">
          {numberField("min", t("min"), question.min, (min) => onChange({ ...question, min }))}
          {numberField("max", t("max"), question.max, (max) => onChange({ ...question, max }))}
          {checkbox("whole", t("wholeNumber"), question.wholeNumber, (wholeNumber) => onChange({ ...question, wholeNumber }))}
        </div>
      );
    case "scale":
    case "grid":
      return (
        <>
          <div className="builder-row">
            <SmallSelect
              id={`${idPrefix}-points`}
              label={t("points")}
              value={String(question.points)}
              onChange={(points) => onChange({ ...question, points: points === "10" ? 10 : 5 })}
              choices={[5, 10].map((points) => ({ value: String(points), label: t("pointsOption", { points }) }))}
            />
            {textField("min-label", t("minLabel"), question.minLabel, (minLabel) => onChange({ ...question, minLabel }))}
            {textField("max-label", t("maxLabel"), question.maxLabel, (maxLabel) => onChange({ ...question, maxLabel }))}
          </div>
          {question.type === "grid" ? <ItemListEditor idPrefix={`${idPrefix}-row`} kind="rows" items={question.rows} onChange={(rows) => onChange({ ...question, rows })} /> : null}
        </>
      );
    case "long_text":
      return numberField("max-length", t("maxLength"), question.maxLength, (maxLength) => onChange({ ...question, maxLength: maxLength ?? 2000 }));
    default:
      return null;
  }
}
