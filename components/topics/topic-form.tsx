"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field } from "@/components/ui/field";
import { fieldError, fieldValue, fieldValues, FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/components/ui/form-state";
import { IDLE } from "@/components/ui/form-state";
import type { RichTextDocument } from "@/lib/rich-text/document";
import { CheckboxGroup } from "./checkbox-group";
import { RichTextEditor } from "./rich-text-editor";

type Option = { id: string; name: string };
type TopicFormValues = {
  title: string;
  summary: string;
  body: RichTextDocument;
  themeIds: string[];
  communityIds: string[];
  neighbourhoodIds: string[];
  opensOn: string;
  closesOn: string;
  decisionOn: string;
  customLabel: string;
  customDate: string;
  moderationMode: "post" | "pre";
};

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  values: TopicFormValues;
  options: { themes: Option[]; communities: Option[]; neighbourhoods: Option[] };
  submitLabel: string;
  hidden?: Record<string, string>;
};

export function TopicForm({ action, values, options, submitLabel, hidden = {} }: Props) {
  const t = useTranslations("topicForm");
  const [state, formAction] = useActionState(action, IDLE);
  const error = (field: string) => fieldError(state, field);
  const labels = {
    title: t("title"),
    summary: t("summary"),
    bodyJson: t("body"),
    themeIds: t("themes"),
    communityIds: t("communities"),
    neighbourhoodIds: t("neighbourhoods"),
    opensOn: t("opensOn"),
    closesOn: t("closesOn"),
    decisionOn: t("decisionOn"),
    customLabel: t("customLabel"),
    customDate: t("customDate"),
    moderationMode: t("moderation"),
  };
  const dateField = (name: "opensOn" | "closesOn" | "decisionOn" | "customDate") => (
    <Field id={name} label={labels[name]} error={error(name)}>
      <input className="input input--date" type="date" id={name} name={name} defaultValue={fieldValue(state, name, values[name])} aria-describedby={describedBy(name, undefined, error(name))} />
    </Field>
  );
  return (
    <form action={formAction} className="form" aria-label={t("formLabel")} noValidate>
      <FormMessage state={state} labels={labels} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field id="title" label={labels.title} error={error("title")}>
        <input className="input input--wide" id="title" name="title" defaultValue={fieldValue(state, "title", values.title)} aria-describedby={describedBy("title", undefined, error("title"))} />
      </Field>
      <Field id="summary" label={labels.summary} hint={t("summaryHint")} error={error("summary")}>
        <textarea className="textarea" id="summary" name="summary" rows={3} defaultValue={fieldValue(state, "summary", values.summary)} aria-describedby={describedBy("summary", t("summaryHint"), error("summary"))} />
      </Field>
      <RichTextEditor id="bodyJson" name="bodyJson" label={labels.bodyJson} hint={t("bodyHint")} error={error("bodyJson")} initial={values.body} />
      <CheckboxGroup name="themeIds" legend={labels.themeIds} options={options.themes} checked={fieldValues(state, "themeIds", values.themeIds)} error={error("themeIds")} />
      <CheckboxGroup name="communityIds" legend={labels.communityIds} options={options.communities} checked={fieldValues(state, "communityIds", values.communityIds)} error={error("communityIds")} />
      <CheckboxGroup name="neighbourhoodIds" legend={labels.neighbourhoodIds} options={options.neighbourhoods} checked={fieldValues(state, "neighbourhoodIds", values.neighbourhoodIds)} error={error("neighbourhoodIds")} />
      <fieldset className="fieldset form-group">
        <legend className="label">{t("dates")}</legend>
        <div className="date-grid">
          {dateField("opensOn")}
          {dateField("closesOn")}
          {dateField("decisionOn")}
        </div>
        <div className="date-grid">
          <Field id="customLabel" label={labels.customLabel} error={error("customLabel")}>
            <input className="input" id="customLabel" name="customLabel" defaultValue={fieldValue(state, "customLabel", values.customLabel)} />
          </Field>
          {dateField("customDate")}
        </div>
      </fieldset>
      <fieldset className="fieldset form-group" id="moderationMode">
        <legend className="label">{labels.moderationMode}</legend>
        {(["post", "pre"] as const).map((mode) => (
          <div key={mode} className="radios__item">
            <input type="radio" id={`moderation-${mode}`} name="moderationMode" value={mode} defaultChecked={fieldValue(state, "moderationMode", values.moderationMode) === mode} />
            <label htmlFor={`moderation-${mode}`}>{t(`moderationModes.${mode}`)}</label>
          </div>
        ))}
      </fieldset>
      <SubmitButton pendingLabel={t("saving")}>{submitLabel}</SubmitButton>
    </form>
  );
}
