"use client";

import { useFormStatus } from "react-dom";

/** A submit button that says it is working and refuses a double submit while the form is pending. */
export function SubmitButton({ children, pendingLabel, variant = "primary" }: { children: string; pendingLabel: string; variant?: "primary" | "secondary" | "warning" }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={`button button--${variant}`} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}
