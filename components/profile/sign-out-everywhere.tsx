"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormAction } from "@/components/ui/form-state";

export function SignOutEverywhere({ action: signOutEverywhereAction }: { action: FormAction }) {
  const t = useTranslations("profile");
  const [state, action] = useActionState(signOutEverywhereAction, IDLE);
  return (
    <form action={action} className="form" aria-label={t("everywhereTitle")}>
      <FormMessage state={state} labels={{}} />
      <SubmitButton variant="warning" pendingLabel={t("signingOut")}>
        {t("everywhereButton")}
      </SubmitButton>
    </form>
  );
}
