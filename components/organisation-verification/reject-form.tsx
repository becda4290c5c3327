"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field } from "@/components/ui/field";
import { fieldError, fieldValue, FormMessage } from "@/components/ui/form-message";
import { IDLE, type FormAction } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

/** Rejects an organisation with the reason its people are shown; the reason is kept after an error. */
export function RejectForm({ action, organisationId }: { action: FormAction; organisationId: string }) {
  const t = useTranslations("consoleOrganisations.reject");
  const [state, formAction] = useActionState(action, IDLE);
  const error = fieldError(state, "reason");
  return (
    <form action={formAction} className="form" aria-label={t("formLabel")} noValidate>
      <FormMessage state={state} labels={{ reason: t("reason") }} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <Field id="reason" label={t("reason")} hint={t("reasonHint")} error={error}>
        <textarea
          className="textarea"
          id="reason"
          name="reason"
          rows={4}
          maxLength={500}
          defaultValue={fieldValue(state, "reason")}
          aria-describedby={describedBy("reason", t("reasonHint"), error)}
          aria-invalid={error ? true : undefined}
        />
      </Field>
      <SubmitButton variant="warning" pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
