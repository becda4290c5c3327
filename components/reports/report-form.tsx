"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field, FieldNotes } from "@/components/ui/field";
import { fieldError, fieldValue, fieldValues, FormMessage } from "@/components/ui/form-message";
import type { FormAction } from "@/components/ui/form-state";
import { IDLE } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { narrativeField } from "@/lib/validations/report";

type Section = { key: string; label: string; included: boolean; narrative: string };
type Props = {
  action: FormAction;
  subject: { kind: "topic" | "survey"; id: string };
  values: { title: string; decision: string; sections: Section[] };
  /** A published report is shown, not edited: unpublish it first. */
  locked: boolean;
};

/**
 * The report's words: its title, which sections it includes with each one's narrative, and the
 * council's decision. Works without JavaScript; after an error everything typed is shown again.
 */
export function ReportForm({ action, subject, values, locked }: Props) {
  const t = useTranslations("consoleReport");
  const [state, formAction] = useActionState(action, IDLE);
  const labels: Record<string, string> = { title: t("titleLabel"), included: t("sectionsLegend"), decision: t("decisionLabel") };
  for (const section of values.sections) labels[narrativeField(section.key)] = t("narrativeLabel", { section: section.label });
  const included = fieldValues(state, "included", values.sections.filter((section) => section.included).map((section) => section.key));
  const titleError = fieldError(state, "title");
  const includedError = fieldError(state, "included");
  const decisionError = fieldError(state, "decision");
  return (
    <form action={formAction} className="form report-form" aria-label={t("formLabel")} noValidate>
      <FormMessage state={state} labels={labels} fieldIds={{ included: "included" }} />
      <input type="hidden" name="subjectKind" value={subject.kind} />
      <input type="hidden" name="subjectId" value={subject.id} />
      <fieldset className="report-form__fields" disabled={locked}>
        <Field id="title" label={t("titleLabel")} error={titleError}>
          <input className={titleError ? "input input--wide input--error" : "input input--wide"} id="title" name="title" defaultValue={fieldValue(state, "title", values.title)} aria-describedby={describedBy("title", undefined, titleError)} aria-invalid={titleError ? true : undefined} />
        </Field>
        <div className={includedError ? "form-group form-group--error" : "form-group"}>
          <fieldset className="fieldset" id="included" aria-describedby={describedBy("included", t("sectionsHint"), includedError)}>
            <legend className="label">{t("sectionsLegend")}</legend>
            <FieldNotes id="included" hint={t("sectionsHint")} error={includedError} />
            {values.sections.map((section) => {
              const id = narrativeField(section.key);
              const error = fieldError(state, id);
              return (
                <div key={section.key} className="report-form__section">
                  <div className="checkboxes__item">
                    <input type="checkbox" id={`included-${section.key}`} name="included" value={section.key} defaultChecked={included.includes(section.key)} />
                    <label htmlFor={`included-${section.key}`}>{t("include", { section: section.label })}</label>
                  </div>
                  <Field id={id} label={t("narrativeLabel", { section: section.label })} hint={t("narrativeHint")} error={error}>
                    <textarea className={error ? "input report-form__text input--error" : "input report-form__text"} id={id} name={id} rows={4} defaultValue={fieldValue(state, id, section.narrative)} aria-describedby={describedBy(id, t("narrativeHint"), error)} aria-invalid={error ? true : undefined} />
                  </Field>
                </div>
              );
            })}
          </fieldset>
        </div>
        <Field id="decision" label={t("decisionLabel")} hint={t("decisionHint")} error={decisionError}>
          <textarea className={decisionError ? "input report-form__text input--error" : "input report-form__text"} id="decision" name="decision" rows={6} defaultValue={fieldValue(state, "decision", values.decision)} aria-describedby={describedBy("decision", t("decisionHint"), decisionError)} aria-invalid={decisionError ? true : undefined} />
        </Field>
        {locked ? null : <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>}
      </fieldset>
    </form>
  );
}
