"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TickBox } from "@/components/partners/tick-box";
import { fieldError, FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/components/ui/form-state";

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState> };

/** Deleting one's own account: a warning, a tick box to confirm, and a warning button. */
export function DeleteAccountForm({ action }: Props) {
  const t = useTranslations("yourData");
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="form" aria-label={t("deleteTitle")}>
      <FormMessage state={state} labels={{ confirm: t("confirmLabel") }} fieldIds={{ confirm: "confirm-on" }} />
      <p>
        <strong>{t("deleteWarning")}</strong>
      </p>
      <TickBox name="confirm" legend={t("confirmLegend")} label={t("confirmLabel")} checked={false} error={fieldError(state, "confirm")} />
      <SubmitButton variant="warning" pendingLabel={t("deleting")}>
        {t("deleteButton")}
      </SubmitButton>
    </form>
  );
}
