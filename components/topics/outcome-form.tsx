"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { fieldError, FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormAction } from "@/components/ui/form-state";
import type { RichTextDocument } from "@/lib/rich-text/document";
import { RichTextEditor } from "./rich-text-editor";

/** "You said, we did": the outcome, published to the topic page and emailed to its followers. */
export function OutcomeForm({ action: publishOutcomeAction, topicId, initial }: { action: FormAction; topicId: string; initial: RichTextDocument }) {
  const t = useTranslations("topicForm");
  const [state, action] = useActionState(publishOutcomeAction, IDLE);
  return (
    <form action={action} className="form" aria-label={t("outcomeFormLabel")}>
      <FormMessage state={state} labels={{ outcomeJson: t("outcome") }} />
      <input type="hidden" name="topicId" value={topicId} />
      <RichTextEditor id="outcomeJson" name="outcomeJson" label={t("outcome")} hint={t("outcomeHint")} error={fieldError(state, "outcomeJson")} initial={initial} />
      <SubmitButton pendingLabel={t("saving")}>{t("publishOutcome")}</SubmitButton>
    </form>
  );
}
