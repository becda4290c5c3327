"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction } from "@/app/(auth)/actions";
import { IDLE } from "@/lib/auth/form-state";
import { describedBy, Field } from "@/components/ui/field";
import { fieldError, fieldValue, FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const [state, action] = useActionState(signInAction, IDLE);
  const error = fieldError(state, "email");
  return (
    <form action={action} noValidate className="form" aria-label={t("formLabel")}>
      <FormMessage state={state} labels={{ email: t("emailLabel") }} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field id="email" label={t("emailLabel")} hint={t("emailHint")} error={error}>
        <input
          className={error ? "input input--error" : "input"}
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={fieldValue(state, "email")}
          aria-describedby={describedBy("email", t("emailHint"), error)}
          aria-invalid={error ? true : undefined}
        />
      </Field>
      <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
