"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { FormGuardFields } from "@/components/ui/form-guard-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/components/ui/form-state";
import { IDLE } from "@/components/ui/form-state";

type Props = { action: (previous: FormState, formData: FormData) => Promise<FormState>; slug: string; responseId: string; formToken: string };

/** "Send your answers": names the draft, so sending it twice returns the first reference. */
export function SubmitAnswersForm({ action, slug, responseId, formToken }: Props) {
  const t = useTranslations("surveyRespond.check");
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="form survey-form">
      <FormMessage state={state} labels={{}} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="responseId" value={responseId} />
      <FormGuardFields token={formToken} />
      <SubmitButton pendingLabel={t("sending")}>{t("send")}</SubmitButton>
    </form>
  );
}
