"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CheckboxGroup } from "@/components/topics/checkbox-group";
import { describedBy, Field } from "@/components/ui/field";
import { fieldError, fieldValue, fieldValues, FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/components/ui/form-state";
import { IDLE } from "@/components/ui/form-state";
import { SURVEY_AUDIENCES, type SurveySettingsFormValues } from "@/lib/validations/survey-settings";

type Option = { id: string; name: string };
/** The rules' tick boxes: the last two are for employers' surveys only. */
const RULES = ["onePerPerson", "asksOrganisation", "requiresVerified", "onePerOrganisation"] as const;
type Rule = (typeof RULES)[number];
type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  values: SurveySettingsFormValues;
  options: { themes: Option[]; topics: Option[] };
  submitLabel: string;
  hidden?: Record<string, string>;
};

/** The survey's settings (everything but its questions): a server-action form that works without JavaScript. */
export function SurveySettingsForm({ action, values, options, submitLabel, hidden = {} }: Props) {
  const t = useTranslations("surveyBuilder.settings");
  const [state, formAction] = useActionState(action, IDLE);
  const error = (field: string) => fieldError(state, field);
  const value = (field: "title" | "slug" | "summary" | "opensOn" | "closesOn" | "topicId" | "thankYou" | "audience" | "anonymity") => fieldValue(state, field, values[field]);
  const ticked = (field: Rule) => (state.status === "error" ? state.values[field] === "on" : values[field]);
  const labels = {
    title: t("title"),
    slug: t("slug"),
    summary: t("summary"),
    opensOn: t("opensOn"),
    closesOn: t("closesOn"),
    audience: t("audience"),
    anonymity: t("anonymity"),
    onePerPerson: t("onePerPerson"),
    asksOrganisation: t("asksOrganisation"),
    requiresVerified: t("requiresVerified"),
    onePerOrganisation: t("onePerOrganisation"),
    topicId: t("topic"),
    themeIds: t("themes"),
    thankYou: t("thankYou"),
  };
  const text = (name: "title" | "slug", hint?: string) => (
    <Field id={name} label={labels[name]} hint={hint} error={error(name)}>
      <input className="input input--wide" id={name} name={name} defaultValue={value(name)} aria-describedby={describedBy(name, hint, error(name))} />
    </Field>
  );
  const date = (name: "opensOn" | "closesOn") => (
    <Field id={name} label={labels[name]} error={error(name)}>
      <input className="input input--date" type="date" id={name} name={name} defaultValue={value(name)} aria-describedby={describedBy(name, undefined, error(name))} />
    </Field>
  );
  const radios = <N extends "audience" | "anonymity">(name: N, choices: readonly string[], label: (choice: string) => string) => (
    <div className={error(name) ? "form-group form-group--error" : "form-group"}>
      <fieldset className="fieldset" id={name}>
        <legend className="label">{labels[name]}</legend>
        {error(name) ? <p className="error-message">{error(name)}</p> : null}
        {choices.map((choice) => (
          <div key={choice} className="radios__item">
            <input type="radio" id={`${name}-${choice}`} name={name} value={choice} defaultChecked={value(name) === choice} />
            <label htmlFor={`${name}-${choice}`}>{label(choice)}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
  const checkbox = (name: Rule) => (
    <div key={name} className="checkboxes__item">
      <input type="checkbox" id={name} name={name} defaultChecked={ticked(name)} aria-describedby={error(name) ? `${name}-error` : undefined} />
      <label htmlFor={name}>{labels[name]}</label>
    </div>
  );
  const ruleErrors = RULES.filter((name) => error(name));
  return (
    <form action={formAction} className="form" aria-label={t("formLabel")} noValidate>
      <FormMessage state={state} labels={labels} />
      {Object.entries(hidden).map(([name, hiddenValue]) => (
        <input key={name} type="hidden" name={name} value={hiddenValue} />
      ))}
      {text("title")}
      {text("slug", t("slugHint"))}
      <Field id="summary" label={labels.summary} hint={t("summaryHint")} error={error("summary")}>
        <textarea className="textarea" id="summary" name="summary" rows={3} defaultValue={value("summary")} aria-describedby={describedBy("summary", t("summaryHint"), error("summary"))} />
      </Field>
      <fieldset className="fieldset form-group" aria-describedby="dates-hint">
        <legend className="label">{t("dates")}</legend>
        <p className="hint" id="dates-hint">
          {t("datesHint")}
        </p>
        <div className="date-grid">
          {date("opensOn")}
          {date("closesOn")}
        </div>
      </fieldset>
      {radios("audience", SURVEY_AUDIENCES, (choice) => t(`audiences.${choice as (typeof SURVEY_AUDIENCES)[number]}`))}
      {radios("anonymity", ["anonymous", "named"], (choice) => t(`anonymities.${choice as "anonymous" | "named"}`))}
      <div className={ruleErrors.length ? "form-group form-group--error" : "form-group"}>
        <fieldset className="fieldset" aria-describedby="rules-hint">
          <legend className="label">{t("rules")}</legend>
          <p className="hint" id="rules-hint">
            {t("rulesHint")}
          </p>
          {ruleErrors.map((name) => (
            <p key={name} className="error-message" id={`${name}-error`}>
              {error(name)}
            </p>
          ))}
          {RULES.map(checkbox)}
        </fieldset>
      </div>
      <SelectField id="topicId" label={labels.topicId} hint={t("topicHint")} error={error("topicId")} emptyLabel={t("noTopic")} options={options.topics} defaultValue={value("topicId")} />
      <CheckboxGroup name="themeIds" legend={labels.themeIds} options={options.themes} checked={fieldValues(state, "themeIds", values.themeIds)} error={error("themeIds")} />
      <Field id="thankYou" label={labels.thankYou} hint={t("thankYouHint")} error={error("thankYou")}>
        <textarea className="textarea" id="thankYou" name="thankYou" rows={3} defaultValue={value("thankYou")} aria-describedby={describedBy("thankYou", t("thankYouHint"), error("thankYou"))} />
      </Field>
      <SubmitButton pendingLabel={t("saving")}>{submitLabel}</SubmitButton>
    </form>
  );
}
