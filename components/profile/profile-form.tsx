"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field } from "@/components/ui/field";
import { fieldError, fieldValue, FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormAction } from "@/components/ui/form-state";

type Option = { id: string; name: string };
type Props = {
  action: FormAction;
  profile: { name: string | null; neighbourhoodId: string | null };
  neighbourhoods: Option[];
};

export function ProfileForm({ action: updateProfileAction, profile, neighbourhoods }: Props) {
  const t = useTranslations("profile");
  const [state, action] = useActionState(updateProfileAction, IDLE);
  const errors = { name: fieldError(state, "name"), neighbourhoodId: fieldError(state, "neighbourhoodId") };
  const labels = { name: t("nameLabel"), neighbourhoodId: t("neighbourhoodLabel") };
  return (
    <form action={action} noValidate className="form" aria-label={t("formLabel")}>
      <FormMessage state={state} labels={labels} />
      <Field id="name" label={labels.name} hint={t("nameHint")} error={errors.name}>
        <input
          className={errors.name ? "input input--error" : "input"}
          id="name"
          name="name"
          autoComplete="name"
          defaultValue={fieldValue(state, "name", profile.name ?? "")}
          aria-describedby={describedBy("name", t("nameHint"), errors.name)}
          aria-invalid={errors.name ? true : undefined}
        />
      </Field>
      <SelectField
        id="neighbourhoodId"
        label={labels.neighbourhoodId}
        hint={t("neighbourhoodHint")}
        error={errors.neighbourhoodId}
        emptyLabel={t("notSaying")}
        options={neighbourhoods}
        defaultValue={fieldValue(state, "neighbourhoodId", profile.neighbourhoodId ?? "")}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
