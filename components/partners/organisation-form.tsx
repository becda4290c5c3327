"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field } from "@/components/ui/field";
import { fieldError, fieldTicked, fieldValue, FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/components/ui/form-state";
import { IDLE } from "@/components/ui/form-state";
import { ORGANISATION_TYPES } from "@/lib/domain/partners/options";
import { TickBox } from "./tick-box";

type OrganisationFormValues = { name: string; type: string; description: string; place: string; inNetwork: boolean };

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  values: OrganisationFormValues;
  submitLabel: string;
  hidden?: Record<string, string>;
};

/** An organisation's name, type, description, place and network membership. */
export function OrganisationForm({ action, values, submitLabel, hidden = {} }: Props) {
  const t = useTranslations("partners.organisationForm");
  const types = useTranslations("partners.types");
  const [state, formAction] = useActionState(action, IDLE);
  const error = (field: string) => fieldError(state, field);
  const labels = { name: t("name"), type: t("type"), description: t("description"), place: t("place"), inNetwork: t("network") };
  return (
    <form action={formAction} className="form" aria-label={t("formLabel")} noValidate>
      <FormMessage state={state} labels={labels} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field id="name" label={labels.name} error={error("name")}>
        <input className={error("name") ? "input input--wide input--error" : "input input--wide"} id="name" name="name" defaultValue={fieldValue(state, "name", values.name)} aria-describedby={describedBy("name", undefined, error("name"))} aria-invalid={error("name") ? true : undefined} />
      </Field>
      <SelectField
        id="type"
        label={labels.type}
        error={error("type")}
        emptyLabel={t("chooseType")}
        options={ORGANISATION_TYPES.map((type) => ({ id: type, name: types(type) }))}
        defaultValue={fieldValue(state, "type", values.type)}
      />
      <Field id="description" label={labels.description} hint={t("descriptionHint")} error={error("description")}>
        <textarea className="textarea" id="description" name="description" rows={3} defaultValue={fieldValue(state, "description", values.description)} aria-describedby={describedBy("description", t("descriptionHint"), error("description"))} />
      </Field>
      <Field id="place" label={labels.place} hint={t("placeHint")} error={error("place")}>
        <input className="input" id="place" name="place" defaultValue={fieldValue(state, "place", values.place)} aria-describedby={describedBy("place", t("placeHint"), error("place"))} />
      </Field>
      <TickBox name="inNetwork" legend={labels.inNetwork} label={t("inNetwork")} checked={fieldTicked(state, "inNetwork", values.inNetwork)} error={error("inNetwork")} />
      <SubmitButton pendingLabel={t("saving")}>{submitLabel}</SubmitButton>
    </form>
  );
}
