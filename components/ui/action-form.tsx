"use client";

import type { ReactNode } from "react";
import { useActionState } from "react";
import type { FormState } from "@/components/ui/form-state";
import { IDLE } from "@/components/ui/form-state";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  submitLabel: string;
  pendingLabel: string;
  variant?: "primary" | "secondary" | "warning";
  className?: string;
  /** Server-rendered fields: hidden inputs, a select, a textarea. */
  children?: ReactNode;
  labels?: Record<string, string>;
};

/** A small form for one server action; works without JavaScript and shows the result in place. */
export function ActionForm({ action, label, submitLabel, pendingLabel, variant = "secondary", className, children, labels = {} }: Props) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className={className ?? "action-form"} aria-label={label}>
      <FormMessage state={state} labels={labels} />
      {children}
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
