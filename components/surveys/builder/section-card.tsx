"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { QuestionType, Section, SurveyDefinition } from "@/lib/domain/surveys/definition";
import { QUESTION_TYPES } from "@/lib/domain/surveys/definition";
import { AddItem } from "./add-item";
import { ConditionEditor } from "./condition-editor";
import { addQuestion, conditionCandidates, type Edit, moveQuestion, moveSection, removeQuestion, removeSection, updateQuestion, updateSection } from "@/lib/domain/surveys/builder/definition-edits";
import { type EditorErrors, sectionAnchor } from "@/lib/domain/surveys/builder/editor-errors";
import { ItemErrors } from "./item-errors";
import { QuestionCard } from "./question-card";
import { SmallInput, SmallSelect } from "./small-field";

type Props = { definition: SurveyDefinition; section: Section; index: number; errors: EditorErrors; apply: (edit: Edit) => void };

/** One section (a page for respondents): its title, introduction, condition, questions, and a way to add more. */
export function SectionCard({ definition, section, index, errors, apply }: Props) {
  const t = useTranslations("surveyBuilder.editor");
  const [type, setType] = useState<QuestionType>("single_choice");
  const prefix = sectionAnchor(section.id);
  const number = index + 1;
  const before = definition.sections.slice(0, index).reduce((count, earlier) => count + earlier.questions.length, 0);
  const sectionErrors = errors.sections.get(section.id);
  return (
    <section className="builder-section" id={prefix} tabIndex={-1} aria-labelledby={`${prefix}-heading`}>
      <h3 className="builder-section__heading" id={`${prefix}-heading`}>
        {t("sectionHeading", { number, title: section.title || t("untitled") })}
      </h3>
      <ItemErrors id={`${prefix}-errors`} messages={sectionErrors} />
      <p className="builder-id">{t("id", { id: section.id })}</p>
      <SmallInput id={`${prefix}-title`} className="input input--wide" label={t("sectionTitle")} value={section.title} onChange={(title) => apply(updateSection(index, { title }))} />
      <div className="form-group">
        <label className="label label--small" htmlFor={`${prefix}-intro`}>
          {t("sectionIntro")}
        </label>
        <textarea className="textarea" rows={2} id={`${prefix}-intro`} value={section.intro} onChange={(event) => apply(updateSection(index, { intro: event.target.value }))} />
      </div>
      <ConditionEditor
        idPrefix={`${prefix}-condition`}
        legend={t("sectionCondition")}
        definition={definition}
        candidates={conditionCandidates(definition, index)}
        condition={section.showIf}
        onChange={(showIf) => apply(updateSection(index, { showIf }))}
      />
      {section.questions.map((question, questionIndex) => (
        <QuestionCard
          key={question.id}
          definition={definition}
          sectionIndex={index}
          question={question}
          number={before + questionIndex + 1}
          errors={errors.questions.get(question.id)}
          first={index === 0 && questionIndex === 0}
          last={index === definition.sections.length - 1 && questionIndex === section.questions.length - 1}
          onChange={(next) => apply(updateQuestion(index, questionIndex, next))}
          onMove={(delta) => apply(moveQuestion(index, questionIndex, delta))}
          onRemove={() => apply(removeQuestion(index, questionIndex))}
        />
      ))}
      <AddItem idPrefix={`${prefix}-new-question`} label={t("newQuestionTitle")} buttonLabel={t("addQuestion", { number })} onAdd={(title) => apply(addQuestion(index, type, title))}>
        <SmallSelect
          id={`${prefix}-new-question-type`}
          label={t("newQuestionType")}
          value={type}
          onChange={(value) => setType(value as QuestionType)}
          choices={QUESTION_TYPES.map((option) => ({ value: option, label: t(`types.${option}`) }))}
        />
      </AddItem>
      <div className="builder-actions">
        {index > 0 ? (
          <button type="button" className="button button--secondary button--small" onClick={() => apply(moveSection(index, -1))}>
            {t("moveSectionUp", { number })}
          </button>
        ) : null}
        {index < definition.sections.length - 1 ? (
          <button type="button" className="button button--secondary button--small" onClick={() => apply(moveSection(index, 1))}>
            {t("moveSectionDown", { number })}
          </button>
        ) : null}
        <button type="button" className="button button--warning button--small" onClick={() => apply(removeSection(index))}>
          {t("removeSection", { number })}
        </button>
      </div>
    </section>
  );
}
