"use client";

import { useTranslations } from "next-intl";
import type { Condition, ConditionOperator, Question, SurveyDefinition } from "@/lib/surveys/definition";
import { CONDITION_OPERATORS, conditionValues } from "@/lib/surveys/definition";
import { conditionWords } from "./condition-words";

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
        <div className="form-group">
          <label className="label label--small" htmlFor={`${idPrefix}-question`}>
            {t("question")}
          </label>
          <select className="select" id={`${idPrefix}-question`} value={condition.questionId} onChange={(event) => onChange({ ...condition, questionId: event.target.value, values: [] })}>
            {target ? null : <option value={condition.questionId}>{t("choose")}</option>}
            {candidates.map((question) => (
              <option key={question.id} value={question.id}>
                {question.title}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label label--small" htmlFor={`${idPrefix}-operator`}>
            {t("operator")}
          </label>
          <select className="select" id={`${idPrefix}-operator`} value={condition.operator} onChange={(event) => setOperator(event.target.value as ConditionOperator)}>
            {CONDITION_OPERATORS.map((operator) => (
              <option key={operator} value={operator}>
                {t(`operators.${operator}`)}
              </option>
            ))}
          </select>
        </div>
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
