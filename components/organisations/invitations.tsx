"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EmailField } from "@/components/ui/email-field";
import { fieldError, fieldValue, FormMessage } from "@/components/ui/form-message";
import { IDLE, type FormAction } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

/** An administrator invites a colleague by email address. */
export function InviteForm({ action: inviteAction }: { action: FormAction }) {
  const t = useTranslations("organisationPage.invitations");
  const [state, action] = useActionState(inviteAction, IDLE);
  return (
    <form action={action} noValidate className="form" aria-label={t("formLabel")}>
      <FormMessage state={state} labels={{ email: t("email") }} />
      <EmailField label={t("email")} hint={t("emailHint")} error={fieldError(state, "email")} defaultValue={fieldValue(state, "email")} wide />
      <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
    </form>
  );
}
