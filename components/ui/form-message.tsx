"use client";

import { useTranslations } from "next-intl";
import type { FormState } from "@/components/ui/form-state";
import { ErrorSummary } from "./error-summary";

/** Shows a form's result: the error summary, or a success notice. */
export function FormMessage({ state, labels, fieldIds }: { state: FormState; labels: Record<string, string>; fieldIds?: Record<string, string> }) {
  const t = useTranslations("errors");
  if (state.status === "error") return <ErrorSummary title={t("summaryTitle")} message={state.message} fieldErrors={state.fieldErrors} labels={labels} fieldIds={fieldIds} />;
  if (state.status === "success")
    return (
      <div className="notice notice--success" role="status">
        {state.message}
      </div>
    );
  return null;
}

export function fieldError(state: FormState, field: string): string | undefined {
  return state.status === "error" ? state.fieldErrors[field]?.[0] : undefined;
}

/** What the person typed, shown again after an error; otherwise the saved value. */
export function fieldValue(state: FormState, field: string, fallback = ""): string {
  if (state.status !== "error") return fallback;
  const value = state.values[field];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

/** The boxes that were ticked, kept after an error; otherwise the saved choice. */
export function fieldValues(state: FormState, field: string, fallback: string[]): string[] {
  if (state.status !== "error") return fallback;
  const value = state.values[field];
  return Array.isArray(value) ? value : value ? [value] : [];
}

/** Whether a single checkbox was ticked, kept after an error; otherwise the saved choice. */
export function fieldTicked(state: FormState, field: string, fallback: boolean): boolean {
  return state.status === "error" ? state.values[field] === "on" : fallback;
}
