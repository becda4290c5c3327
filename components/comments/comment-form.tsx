"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { describedBy, Field } from "@/components/ui/field";
import { fieldError, fieldValue, FormMessage } from "@/components/ui/form-message";
import { FormGuardFields } from "@/components/ui/form-guard-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormAction, FormState } from "@/components/ui/form-state";
import { IDLE } from "@/components/ui/form-state";
import { COMMENT_MAX_LENGTH } from "@/lib/validations/comment-limits";
import { AboutYouInvitation } from "@/components/equalities/about-you-invitation";
import { isInviting } from "@/components/equalities/invitation-state";
import { LanguageOptions } from "@/components/ui/language-options";
import type { Locale } from "@/lib/i18n/locales";

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
  /** The language the comment is written in, as chosen first: the page's for a new one, its own when editing. */
  locale: Locale;
  /** "No thanks" to the one-time "about you" invitation a first comment may bring (shown under the form). */
  declineAboutYou?: FormAction;
};

/** Write, reply or edit: a plain-text comment of up to 2,000 characters. */
export function CommentForm({ action, fieldId, label, formLabel, submitLabel, hidden, defaultBody = "", formToken, locale, declineAboutYou }: Props) {
  const t = useTranslations("comments");
  const tLanguage = useTranslations("contentLanguage");
  const [state, formAction] = useActionState(action, IDLE);
  const localeId = `${fieldId}-locale`;
  const localeError = fieldError(state, "locale");
  const chosenLocale = fieldValue(state, "locale", locale);
  const error = fieldError(state, "body");
  const hint = t("bodyHint", { max: COMMENT_MAX_LENGTH });
  return (
    <>
      <form action={formAction} className="comment-form" aria-label={formLabel} noValidate>
        <FormMessage state={state} labels={{ body: label, locale: tLanguage("commentLanguage") }} fieldIds={{ body: fieldId, locale: localeId }} />
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
        <Field id={localeId} label={tLanguage("commentLanguage")} error={localeError}>
          {/* Keyed by its value: React keeps a mounted select's first defaultValue, so a form shown again after an error would lose the choice. */}
          <select key={chosenLocale} className="select" id={localeId} name="locale" defaultValue={chosenLocale} aria-describedby={describedBy(localeId, undefined, localeError)} aria-invalid={localeError ? true : undefined}>
            <LanguageOptions />
          </select>
        </Field>
        <SubmitButton pendingLabel={t("sending")}>{submitLabel}</SubmitButton>
      </form>
      {declineAboutYou && isInviting(state) ? <AboutYouInvitation action={declineAboutYou} words={state.invite} /> : null}
    </>
  );
}
