"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/components/ui/form-state";
import { EmailField } from "@/components/ui/email-field";
import { fieldError, fieldValue, FormMessage } from "@/components/ui/form-message";
import { FormGuardFields } from "@/components/ui/form-guard-fields";
import { SubmitButton } from "@/components/ui/submit-button";

export function SignInForm({ action: signInAction, callbackUrl, formToken }: { action: FormAction; callbackUrl: string; formToken: string }) {
  const t = useTranslations("signIn");
  const [state, action] = useActionState(signInAction, IDLE);
  const error = fieldError(state, "email");
  return (
    <form action={action} noValidate className="form" aria-label={t("formLabel")}>
      <FormMessage state={state} labels={{ email: t("emailLabel") }} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormGuardFields token={formToken} />
      <EmailField label={t("emailLabel")} hint={t("emailHint")} error={error} defaultValue={fieldValue(state, "email")} />
      <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
