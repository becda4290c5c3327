"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EmailField } from "@/components/ui/email-field";
import { FormMessage, fieldError, fieldValue } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/components/ui/form-state";
import { IDLE } from "@/components/ui/form-state";

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState>; slug: string };

/** Asks for an email address to send a link back to the saved answers. */
export function ResumeLinkForm({ action, slug }: Props) {
  const t = useTranslations("surveyRespond.save");
  const [state, formAction] = useActionState(action, IDLE);
  const error = fieldError(state, "email");
  return (
    <form action={formAction} className="form survey-form" noValidate>
      <FormMessage state={state} labels={{ email: t("emailLabel") }} />
      <input type="hidden" name="slug" value={slug} />
      <EmailField label={t("emailLabel")} hint={t("emailHint")} error={error} defaultValue={fieldValue(state, "email")} wide />
      <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
    </form>
  );
}
