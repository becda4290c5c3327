"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field } from "@/components/ui/field";
import { fieldError, fieldValue, FormMessage } from "@/components/ui/form-message";
import type { FormAction } from "@/components/ui/form-state";
import { IDLE } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

/** The officers' message at the top of every scheduled summary: one plain-text box, empty for none. */
export function SummaryIntroForm({ action, intro, max }: { action: FormAction; intro: string; max: number }) {
  const t = useTranslations("contentTranslations");
  const [state, formAction] = useActionState(action, IDLE);
  const error = fieldError(state, "intro");
  const hint = t("introHint", { max });
  return (
    <form action={formAction} className="form" aria-label={t("introTitle")} noValidate>
      <FormMessage state={state} labels={{ intro: t("introLabel") }} />
      <Field id="intro" label={t("introLabel")} hint={hint} error={error}>
        <textarea className={error ? "textarea input--error" : "textarea"} id="intro" name="intro" rows={4} defaultValue={fieldValue(state, "intro", intro)} aria-describedby={describedBy("intro", hint, error)} aria-invalid={error ? true : undefined} />
      </Field>
      <SubmitButton pendingLabel={t("saving")}>{t("introSave")}</SubmitButton>
    </form>
  );
}
