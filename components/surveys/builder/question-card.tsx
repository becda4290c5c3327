"use client";

import { useTranslations } from "next-intl";
import type { Question, QuestionType, SurveyDefinition } from "@/lib/domain/surveys/definition";
import { QUESTION_TYPES } from "@/lib/domain/surveys/definition";
import { ConditionEditor } from "./condition-editor";
import { conditionCandidates, retype } from "@/lib/domain/surveys/builder/definition-edits";
import { questionAnchor } from "@/lib/domain/surveys/builder/editor-errors";
import { ItemErrors } from "./item-errors";
import { QuestionSettings } from "./question-settings";
import { SmallInput, SmallSelect } from "./small-field";

type Props = {
  definition: SurveyDefinition;
  sectionIndex: number;
  question: Question;
  /** Position in the whole survey, from 1. */
  number: number;
  errors: string[] | undefined;
  first: boolean;
  last: boolean;
  onChange: (question: Question) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
};

/** One question in the editor: wording, type, rules, type-specific settings and its condition. */
export function QuestionCard({ definition, sectionIndex, question, number, errors, first, last, onChange, onMove, onRemove }: Props) {
  const t = useTranslations("surveyBuilder.editor");
  const prefix = questionAnchor(question.id);
  const errorId = `${prefix}-errors`;
  const typeChoices = QUESTION_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }));
  return (
    <fieldset className={errors?.length ? "builder-question builder-question--error" : "builder-question"} id={prefix} tabIndex={-1} aria-describedby={errors?.length ? errorId : undefined}>
      <legend className="builder-question__legend">{t("questionLegend", { number, title: question.title || t("untitled") })}</legend>
      <ItemErrors id={errorId} messages={errors} />
      <p className="builder-id">{t("id", { id: question.id })}</p>
      <SmallInput id={`${prefix}-title`} className="input input--wide" label={t("questionTitle")} value={question.title} onChange={(title) => onChange({ ...question, title })} />
      <div className="builder-row">
        <SmallSelect id={`${prefix}-type`} label={t("type")} value={question.type} onChange={(type) => onChange(retype(question, type as QuestionType))} choices={typeChoices} />
        <div className="checkboxes__item builder-row__check">
          <input type="checkbox" id={`${prefix}-required`} checked={question.required} onChange={(event) => onChange({ ...question, required: event.target.checked })} />
          <label htmlFor={`${prefix}-required`}>{t("required")}</label>
        </div>
      </div>
      <SmallInput id={`${prefix}-hint`} className="input input--wide" label={t("hint")} value={question.hint} onChange={(hint) => onChange({ ...question, hint })} />
      <QuestionSettings idPrefix={prefix} question={question} onChange={onChange} />
      <ConditionEditor
        idPrefix={`${prefix}-condition`}
        legend={t("questionCondition")}
        definition={definition}
        candidates={conditionCandidates(definition, sectionIndex)}
        condition={question.showIf}
        onChange={(showIf) => onChange({ ...question, showIf })}
      />
      <div className="builder-actions">
        {first ? null : (
          <button type="button" className="button button--secondary button--small" onClick={() => onMove(-1)}>
            {t("moveQuestionUp", { number })}
          </button>
        )}
        {last ? null : (
          <button type="button" className="button button--secondary button--small" onClick={() => onMove(1)}>
            {t("moveQuestionDown", { number })}
          </button>
        )}
        <button type="button" className="button button--warning button--small" onClick={onRemove}>
          {t("removeQuestion", { number })}
        </button>
      </div>
    </fieldset>
  );
}
