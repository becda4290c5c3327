"use client";

import { useTranslations } from "next-intl";
import type { Condition, ConditionOperator, Question, SurveyDefinition } from "@/lib/domain/surveys/definition";
import { CONDITION_OPERATORS, conditionValues } from "@/lib/domain/surveys/definition";
import { conditionWords } from "@/lib/domain/surveys/builder/condition-words";
import { SmallSelect } from "./small-field";

type Props = {
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  legend: string;
  definition: SurveyDefinition;
  candidates: Question[];
  condition: Condition | null;
  onChange: (condition: Condition | null) => void;
};

/**
 * "Show this only when…": an earlier question, an operator and that question's answers, explained
 * in plain words underneath.
 */
export function ConditionEditor({ idPrefix, legend, definition, candidates, condition, onChange }: Props) {
  const t = useTranslations("surveyBuilder.editor.condition");
  const words = <p className="builder-condition__words" id={`${idPrefix}-words`}>{conditionWords(t, definition, condition)}</p>;
  if (!condition) {
    return (
      <div className="builder-condition">
        <p className="label">{legend}</p>
        {words}
        {candidates.length === 0 ? (
          <p className="hint">{t("noQuestions")}</p>
        ) : (
          <button type="button" className="button button--secondary button--small" onClick={() => onChange({ questionId: candidates[0]?.id ?? "", operator: "equals", values: [] })}>
            {t("add")}
          </button>
        )}
      </div>
    );
  }
  const target = candidates.find((question) => question.id === condition.questionId);
  const values = target ? conditionValues(target) : [];
  const single = condition.operator === "equals";
  const setOperator = (operator: ConditionOperator) => onChange({ ...condition, operator, values: operator === "equals" ? condition.values.slice(0, 1) : condition.values });
  const toggle = (value: string, on: boolean) =>
    onChange({ ...condition, values: single ? [value] : on ? [...condition.values, value] : condition.values.filter((existing) => existing !== value) });
  return (
    <fieldset className="fieldset builder-condition" aria-describedby={`${idPrefix}-words`}>
      <legend className="label">{legend}</legend>
      {words}
      <div className="builder-row">
        <SmallSelect
          id={`${idPrefix}-question`}
          label={t("question")}
          value={condition.questionId}
          onChange={(questionId) => onChange({ ...condition, questionId, values: [] })}
          choices={[...(target ? [] : [{ value: condition.questionId, label: t("choose") }]), ...candidates.map((question) => ({ value: question.id, label: question.title }))]}
        />
        <SmallSelect
          id={`${idPrefix}-operator`}
          label={t("operator")}
          value={condition.operator}
          onChange={(operator) => setOperator(operator as ConditionOperator)}
          choices={CONDITION_OPERATORS.map((operator) => ({ value: operator, label: t(`operators.${operator}`) }))}
        />
      </div>
      <fieldset className="fieldset form-group">
        <legend className="label label--small">{t("values")}</legend>
        <div className="checkboxes">
          {values.map((value) => (
            <div key={value.id} className={single ? "radios__item" : "checkboxes__item"}>
              <input
                type={single ? "radio" : "checkbox"}
                id={`${idPrefix}-value-${value.id}`}
                name={`${idPrefix}-values`}
                checked={condition.values.includes(value.id)}
                onChange={(event) => toggle(value.id, event.target.checked)}
              />
              <label htmlFor={`${idPrefix}-value-${value.id}`}>{value.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="button" className="button button--secondary button--small" onClick={() => onChange(null)}>
        {t("remove")}
      </button>
    </fieldset>
  );
}
