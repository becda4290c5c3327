"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CheckboxGroup } from "@/components/topics/checkbox-group";
import { describedBy, Field } from "@/components/ui/field";
import { fieldError, fieldTicked, fieldValue, fieldValues, FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/components/ui/form-state";
import { IDLE } from "@/components/ui/form-state";
import { LanguageOptions } from "@/components/ui/language-options";
import { FREQUENCIES } from "@/lib/domain/partners/options";
import { TickBox } from "./tick-box";

type ContactFormValues = { name: string; email: string; role: string; language: string; frequency: string; allThemes: boolean; themeIds: string[]; sendWhenQuiet: boolean };

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  values: ContactFormValues;
  themes: { id: string; name: string }[];
  submitLabel: string;
  hidden: Record<string, string>;
  /** A contact whose mail has stopped keeps their address: the field is shown but cannot be changed. */
  emailLocked?: boolean;
};

/** A contact's details and subscription: language, frequency, all or chosen themes, quiet periods. */
export function ContactForm({ action, values, themes, submitLabel, hidden, emailLocked = false }: Props) {
  const t = useTranslations("partners.contactForm");
  const [state, formAction] = useActionState(action, IDLE);
  const error = (field: string) => fieldError(state, field);
  const labels = { name: t("name"), email: t("email"), role: t("role"), language: t("language"), frequency: t("frequency"), themeChoice: t("themes"), themeIds: t("themeIds"), sendWhenQuiet: t("quiet") };
  const emailHint = emailLocked ? t("stoppedEmailHint") : t("emailHint");
  const radios = (name: "frequency" | "themeChoice", choices: { value: string; label: string }[], current: string) => (
    <div className={error(name) ? "form-group form-group--error" : "form-group"}>
      <fieldset className="fieldset" id={name}>
        <legend className="label">{labels[name]}</legend>
        {error(name) ? <p className="error-message">{error(name)}</p> : null}
        {choices.map(({ value, label }) => (
          <div key={value} className="radios__item">
            <input type="radio" id={`${name}-${value}`} name={name} value={value} defaultChecked={fieldValue(state, name, current) === value} />
            <label htmlFor={`${name}-${value}`}>{label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
  return (
    <form action={formAction} className="form" aria-label={t("formLabel")} noValidate>
      <FormMessage state={state} labels={labels} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field id="name" label={labels.name} error={error("name")}>
        <input className={error("name") ? "input input--wide input--error" : "input input--wide"} id="name" name="name" autoComplete="off" defaultValue={fieldValue(state, "name", values.name)} aria-describedby={describedBy("name", undefined, error("name"))} aria-invalid={error("name") ? true : undefined} />
      </Field>
      <Field id="email" label={labels.email} hint={emailHint} error={error("email")}>
        <input
          className={error("email") ? "input input--wide input--error" : "input input--wide"}
          id="email"
          name="email"
          type="email"
          autoComplete="off"
          spellCheck={false}
          readOnly={emailLocked}
          defaultValue={emailLocked ? values.email : fieldValue(state, "email", values.email)}
          aria-describedby={describedBy("email", emailHint, error("email"))}
          aria-invalid={error("email") ? true : undefined}
        />
      </Field>
      <Field id="role" label={labels.role} hint={t("roleHint")} error={error("role")}>
        <input className="input" id="role" name="role" defaultValue={fieldValue(state, "role", values.role)} aria-describedby={describedBy("role", t("roleHint"), error("role"))} />
      </Field>
      <Field id="language" label={labels.language} error={error("language")}>
        <select className="select" id="language" name="language" defaultValue={fieldValue(state, "language", values.language)} aria-describedby={describedBy("language", undefined, error("language"))}>
          <LanguageOptions />
        </select>
      </Field>
      {radios("frequency", FREQUENCIES.map((value) => ({ value, label: t(`frequencies.${value}`) })), values.frequency)}
      {radios("themeChoice", (["all", "chosen"] as const).map((value) => ({ value, label: t(`themeChoices.${value}`) })), values.allThemes ? "all" : "chosen")}
      <CheckboxGroup name="themeIds" legend={labels.themeIds} hint={t("themeIdsHint")} options={themes} checked={fieldValues(state, "themeIds", values.themeIds)} error={error("themeIds")} />
      <TickBox name="sendWhenQuiet" legend={labels.sendWhenQuiet} label={t("sendWhenQuiet")} checked={fieldTicked(state, "sendWhenQuiet", values.sendWhenQuiet)} />
      <SubmitButton pendingLabel={t("saving")}>{submitLabel}</SubmitButton>
    </form>
  );
}
