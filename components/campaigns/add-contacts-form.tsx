"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CheckboxGroup } from "@/components/topics/checkbox-group";
import { fieldError, FormMessage } from "@/components/ui/form-message";
import { IDLE, type FormAction } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = { action: FormAction; surveyId: string; campaignId: string; organisations: { id: string; name: string; active: number }[] };

/** Adds the active contacts of the partner organisations ticked. */
export function AddContactsForm({ action, surveyId, campaignId, organisations }: Props) {
  const t = useTranslations("campaigns.contacts");
  const [state, formAction] = useActionState(action, IDLE);
  const error = fieldError(state, "organisationIds");
  const ticked = state.status === "error" ? [state.values.organisationIds ?? []].flat() : [];
  return (
    <form action={formAction} className="form" aria-label={t("label")} noValidate>
      <FormMessage state={state} labels={{ organisationIds: t("organisations") }} />
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="campaignId" value={campaignId} />
      <CheckboxGroup
        name="organisationIds"
        legend={t("organisations")}
        hint={t("hint")}
        options={organisations.map((organisation) => ({ id: organisation.id, name: t("option", organisation) }))}
        checked={ticked}
        error={error}
      />
      <SubmitButton variant="secondary" pendingLabel={t("adding")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
