"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field } from "@/components/ui/field";
import { fieldError, fieldValue, FormMessage } from "@/components/ui/form-message";
import { IDLE, type FormAction } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = { action: FormAction; surveyId: string };

/** A new campaign: its name, the reminder days and how long personal links last. */
export function CampaignForm({ action, surveyId }: Props) {
  const t = useTranslations("campaigns.form");
  const [state, formAction] = useActionState(action, IDLE);
  const labels = { name: t("name"), reminderDays: t("reminderDays"), linkDays: t("linkDays") };
  const input = (id: keyof typeof labels, fallback: string, hint?: string, narrow = false) => {
    const error = fieldError(state, id);
    const className = ["input", narrow ? null : "input--wide", error ? "input--error" : null].filter(Boolean).join(" ");
    return (
      <Field id={id} label={labels[id]} hint={hint} error={error}>
        <input className={className} id={id} name={id} inputMode={narrow ? "numeric" : undefined} defaultValue={fieldValue(state, id, fallback)} aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined} />
      </Field>
    );
  };
  return (
    <form action={formAction} className="form" aria-label={t("label")} noValidate>
      <FormMessage state={state} labels={labels} />
      <input type="hidden" name="surveyId" value={surveyId} />
      {input("name", "", t("nameHint"))}
      {input("reminderDays", "7, 14", t("reminderDaysHint"))}
      {input("linkDays", "60", t("linkDaysHint"), true)}
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}
