import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

type FieldProps = { id: string; label: string; hint?: string; error?: string; children: ReactNode };

/** A labelled form group with an optional hint and error message (GOV.UK pattern). */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <FieldNotes id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/**
 * A field's hint and error message, with the ids `describedBy` points at (GOV.UK pattern).
 * `hintLang` marks a hint in another language than the page's (a survey's English on an Urdu page).
 */
export function FieldNotes({ id, hint, error, hintLang }: { id: string; hint?: string; error?: string; hintLang?: { lang?: string; dir?: "ltr" | "rtl" } }) {
  const t = useTranslations("errors");
  return (
    <>
      {hint ? (
        <p className="hint" id={`${id}-hint`} {...hintLang}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">{t("prefix")} </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

/** The aria-describedby value for a field's hint and error. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}
