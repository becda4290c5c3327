"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field } from "@/components/ui/field";
import { fieldError, fieldValue, FormMessage } from "@/components/ui/form-message";
import { IDLE, type FormAction } from "@/components/ui/form-state";
import { RadioGroup } from "@/components/ui/radio-group";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";

type Option = { id: string; name: string };
type OrganisationDetailsValues = { name: string; kind: string; type: string; sicSection: string; sizeBand: string; postcode: string; website: string; emailDomain: string };
export type OrganisationChoiceLists = { kinds: Option[]; types: Option[]; sectors: Option[]; sizeBands: Option[] };

type Props = {
  action: FormAction;
  values: OrganisationDetailsValues;
  choices: OrganisationChoiceLists;
  /** The domain of the person's own address, suggested for the email domain (null for webmail). */
  ownDomain: string | null;
  submitLabel: string;
};

const FIELDS = ["name", "kind", "type", "sicSection", "sizeBand", "postcode", "website", "emailDomain"] as const;

/** An organisation's details as its administrator gives them: on registering, and to edit later. */
export function OrganisationDetailsForm({ action: saveAction, values, choices, ownDomain, submitLabel }: Props) {
  const t = useTranslations("organisationPage.form");
  const [state, action] = useActionState(saveAction, IDLE);
  const labels = Object.fromEntries(FIELDS.map((field) => [field, t(`${field}.label`)]));
  const error = (field: (typeof FIELDS)[number]) => fieldError(state, field);
  const value = (field: (typeof FIELDS)[number]) => fieldValue(state, field, values[field]);
  const text = (field: "name" | "postcode" | "website" | "emailDomain", hint: string, extra: { autoComplete?: string; wide?: boolean; spellCheck?: boolean } = {}) => (
    <Field id={field} label={labels[field] ?? field} hint={hint} error={error(field)}>
      <input
        className={["input", extra.wide ? "input--wide" : null, error(field) ? "input--error" : null].filter(Boolean).join(" ")}
        id={field}
        name={field}
        autoComplete={extra.autoComplete}
        spellCheck={extra.spellCheck}
        defaultValue={value(field)}
        aria-describedby={describedBy(field, hint, error(field))}
        aria-invalid={error(field) ? true : undefined}
      />
    </Field>
  );
  return (
    <form action={action} noValidate className="form" aria-label={t("label")}>
      <FormMessage state={state} labels={labels} />
      {text("name", t("name.hint"), { autoComplete: "organization", wide: true })}
      <RadioGroup name="kind" legend={labels.kind ?? "kind"} hint={t("kind.hint")} options={choices.kinds.map(({ id, name }) => ({ value: id, label: name }))} checked={value("kind")} error={error("kind")} />
      <SelectField id="type" label={labels.type ?? "type"} error={error("type")} emptyLabel={t("choose")} options={choices.types} defaultValue={value("type")} />
      <SelectField id="sicSection" label={labels.sicSection ?? "sicSection"} hint={t("sicSection.hint")} error={error("sicSection")} emptyLabel={t("choose")} options={choices.sectors} defaultValue={value("sicSection")} />
      <SelectField id="sizeBand" label={labels.sizeBand ?? "sizeBand"} error={error("sizeBand")} emptyLabel={t("choose")} options={choices.sizeBands} defaultValue={value("sizeBand")} />
      {text("postcode", t("postcode.hint"), { autoComplete: "postal-code" })}
      {text("website", t("website.hint"), { autoComplete: "url", wide: true, spellCheck: false })}
      {text("emailDomain", ownDomain ? t("emailDomain.hintOwn", { domain: ownDomain }) : t("emailDomain.hintWebmail"), { spellCheck: false })}
      <SubmitButton pendingLabel={t("saving")}>{submitLabel}</SubmitButton>
    </form>
  );
}
