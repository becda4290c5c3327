"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { RichTextEditor } from "@/components/topics/rich-text-editor";
import { describedBy, FieldNotes } from "@/components/ui/field";
import { fieldError, fieldValue, FormMessage } from "@/components/ui/form-message";
import type { FormAction } from "@/components/ui/form-state";
import { IDLE } from "@/components/ui/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FieldKind, FieldState } from "@/lib/domain/translations/translation-fields";
import { translationFieldId, translationFieldName } from "@/lib/domain/translations/translation-form";
import type { RichTextDocument } from "@/lib/rich-text/document";

type TranslationFormField = {
  key: string;
  kind: FieldKind;
  /** "Title in Urdu". */
  label: string;
  /** The English beside it: plain text, or for a rich field its stored, sanitised HTML. */
  english: string;
  /** The translation so far: text, or a rich field's document. */
  value: string;
  rich?: RichTextDocument;
  state: FieldState;
};

export type TranslationFormGroup = { id: string; heading: string | null; fields: TranslationFormField[] };

type Props = {
  action: FormAction;
  subjectId: string;
  locale: string;
  dir: "ltr" | "rtl";
  groups: TranslationFormGroup[];
  formLabel: string;
};

/** One field: its English on one side, the translation on the other (stacked on a narrow screen). */
function FieldRow({ field, locale, dir, error, value }: { field: TranslationFormField; locale: string; dir: "ltr" | "rtl"; error?: string; value: string }) {
  const t = useTranslations("contentTranslations");
  const id = translationFieldId(field.key);
  const name = translationFieldName(field.key);
  const hint = field.state === "outdated" ? t("stateOutdated") : field.state === "missing" ? t("stateMissing") : undefined;
  // Read with the English it translates, then any hint and error.
  const inputProps = { id, name, lang: locale, dir, "aria-describedby": [`${id}-english`, describedBy(id, hint, error)].filter(Boolean).join(" "), "aria-invalid": error ? true : undefined } as const;
  return (
    <div className={error ? "translation-field form-group form-group--error" : "translation-field form-group"}>
      <div className="translation-field__english" id={`${id}-english`}>
        <p className="caption">{t("english")}</p>
        {field.kind === "rich" ? (
          // The topic's body as stored: rendered and sanitised with an allowlist when it was saved.
          <div className="prose" lang="en" dir="ltr" dangerouslySetInnerHTML={{ __html: field.english }} />
        ) : (
          <p lang="en" dir="ltr" className="translation-field__original">
            {field.english}
          </p>
        )}
      </div>
      <div className="translation-field__translation">
        {field.kind === "rich" ? (
          <RichTextEditor id={id} name={name} label={field.label} hint={hint} error={error} initial={field.rich ?? { type: "doc", content: [] }} lang={{ lang: locale, dir }} />
        ) : (
          <>
            <label className="label" htmlFor={id}>
              {field.label}
            </label>
            <FieldNotes id={id} hint={hint} error={error} />
            {field.kind === "line" ? (
              <input className={error ? "input input--wide input--error" : "input input--wide"} defaultValue={value} {...inputProps} />
            ) : (
              <textarea className={error ? "textarea input--error" : "textarea"} rows={3} defaultValue={value} {...inputProps} />
            )}
          </>
        )}
      </div>
    </div>
  );
}

/**
 * An officer's translation of a topic or a survey into one language: every part, grouped, with the
 * English beside it. A part left empty shows in English; it works without JavaScript, except the
 * body's rich-text editor, as on the topic form.
 */
export function TranslationForm({ action, subjectId, locale, dir, groups, formLabel }: Props) {
  const t = useTranslations("contentTranslations");
  const [state, formAction] = useActionState(action, IDLE);
  const fields = groups.flatMap((group) => group.fields);
  const labels = Object.fromEntries(fields.map((field) => [translationFieldName(field.key), field.label]));
  const fieldIds = Object.fromEntries(fields.map((field) => [translationFieldName(field.key), translationFieldId(field.key)]));
  return (
    <form action={formAction} className="form translation-form" aria-label={formLabel} noValidate>
      <FormMessage state={state} labels={labels} fieldIds={fieldIds} />
      <input type="hidden" name="subjectId" value={subjectId} />
      <input type="hidden" name="locale" value={locale} />
      {groups.map((group) => {
        const rows = group.fields.map((field) => {
          const name = translationFieldName(field.key);
          return <FieldRow key={field.key} field={field} locale={locale} dir={dir} error={fieldError(state, name)} value={fieldValue(state, name, field.value)} />;
        });
        return group.heading ? (
          <fieldset key={group.id} className="fieldset translation-group">
            <legend className="translation-group__heading">{group.heading}</legend>
            {rows}
          </fieldset>
        ) : (
          <div key={group.id} className="translation-group">
            {rows}
          </div>
        );
      })}
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
