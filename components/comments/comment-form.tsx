"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field } from "@/components/ui/field";
import { fieldError, fieldValue, FormMessage } from "@/components/ui/form-message";
import { FormGuardFields } from "@/components/ui/form-guard-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction, FormState } from "@/components/ui/form-state";
import { IDLE } from "@/components/ui/form-state";
import { COMMENT_MAX_LENGTH } from "@/lib/validations/comment";
import { AboutYouInvitation } from "@/components/equalities/about-you-invitation";
import { isInviting } from "@/components/equalities/invitation-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Unique per form on the page: the textarea's id. */
  fieldId: string;
  label: string;
  formLabel: string;
  submitLabel: string;
  hidden: Record<string, string>;
  defaultBody?: string;
  /** For a new comment or reply: the signed "shown at" note of the spam check (FormGuardFields). */
  formToken?: string;
  /** "No thanks" to the one-time "about you" invitation a first comment may bring (shown under the form). */
  declineAboutYou?: FormAction;
};

/** Write, reply or edit: a plain-text comment of up to 2,000 characters. */
export function CommentForm({ action, fieldId, label, formLabel, submitLabel, hidden, defaultBody = "", formToken, declineAboutYou }: Props) {
  const t = useTranslations("comments");
  const [state, formAction] = useActionState(action, IDLE);
  const error = fieldError(state, "body");
  const hint = t("bodyHint", { max: COMMENT_MAX_LENGTH });
  return (
    <>
      <form action={formAction} className="comment-form" aria-label={formLabel} noValidate>
        <FormMessage state={state} labels={{ body: label }} fieldIds={{ body: fieldId }} />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {formToken ? <FormGuardFields token={formToken} /> : null}
        <Field id={fieldId} label={label} hint={hint} error={error}>
          <textarea
            className={error ? "textarea input--error" : "textarea"}
            id={fieldId}
            name="body"
            rows={4}
            maxLength={COMMENT_MAX_LENGTH + 500}
            defaultValue={fieldValue(state, "body", defaultBody)}
            aria-describedby={describedBy(fieldId, hint, error)}
            aria-invalid={error ? true : undefined}
          />
        </Field>
        <SubmitButton pendingLabel={t("sending")}>{submitLabel}</SubmitButton>
      </form>
      {declineAboutYou && isInviting(state) ? <AboutYouInvitation action={declineAboutYou} words={state.invite} /> : null}
    </>
  );
}
