"use client";

import { useActionState } from "react";
import { EmailField } from "@/components/ui/email-field";
import { fieldError, fieldValue, FormMessage } from "@/components/ui/form-message";
import { IDLE, type FormAction } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  action: FormAction;
  token: string;
  label: string;
  submit: string;
  pending: string;
  /** Ask for an email address (a new link); without it the form is one button (unsubscribe). */
  email?: { label: string; hint: string };
};

/** A form on a personal link's page: the link's token travels hidden; works without JavaScript. */
export function CampaignLinkForm({ action, token, label, submit, pending, email }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  const error = fieldError(state, "email");
  if (state.status === "success") {
    return (
      <div className="notice notice--success" role="status">
        <p>{state.message}</p>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate className="form" aria-label={label}>
      <FormMessage state={state} labels={email ? { email: email.label } : {}} />
      <input type="hidden" name="token" value={token} />
      {email ? <EmailField label={email.label} hint={email.hint} error={error} defaultValue={fieldValue(state, "email")} /> : null}
      <SubmitButton pendingLabel={pending}>{submit}</SubmitButton>
    </form>
  );
}
