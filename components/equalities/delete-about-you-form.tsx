"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TickBox } from "@/components/partners/tick-box";
import { fieldError, FormMessage } from "@/components/ui/form-message";
import { IDLE, type FormAction } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

/** "Delete my answers": what it deletes, a tick box to confirm, and a warning button. */
export function DeleteAboutYouForm({ action }: { action: FormAction }) {
  const t = useTranslations("aboutYou");
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="form" aria-labelledby="delete-about-you">
      <h2 id="delete-about-you">{t("deleteTitle")}</h2>
      <FormMessage state={state} labels={{ confirm: t("confirmLabel") }} fieldIds={{ confirm: "confirm-on" }} />
      <p>{t("deleteBody")}</p>
      <TickBox name="confirm" legend={t("confirmLegend")} label={t("confirmLabel")} checked={false} error={fieldError(state, "confirm")} />
      <SubmitButton variant="warning" pendingLabel={t("deleting")}>
        {t("deleteButton")}
      </SubmitButton>
    </form>
  );
}
