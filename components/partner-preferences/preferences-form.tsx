"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CheckboxGroup } from "@/components/topics/checkbox-group";
import { describedBy, Field } from "@/components/ui/field";
import { fieldError, fieldValue, fieldValues, FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormAction } from "@/components/ui/form-state";
import { LanguageOptions } from "@/components/ui/language-options";
import type { Locale } from "@/lib/i18n/locales";
import { RadioGroup } from "@/components/ui/radio-group";

type Option = { id: string; name: string };
type PreferenceValues = { allThemes: boolean; themeIds: string[]; frequency: "weekly" | "monthly"; language: string; sendWhenQuiet: boolean };
type Props = { action: FormAction; token: string; values: PreferenceValues; themes: Option[]; languages: readonly Locale[] };

/** A partner contact's choices: themes, how often, language, and whether to hear about quiet periods. */
export function PreferencesForm({ action: savePreferencesAction, token, values, themes, languages }: Props) {
  const t = useTranslations("partnerPreferences");
  const [state, action] = useActionState(savePreferencesAction, IDLE);
  const error = (field: string) => fieldError(state, field);
  const labels = { themeChoice: t("themeChoice"), themeIds: t("themes"), frequency: t("frequency"), language: t("language"), sendWhenQuiet: t("quiet") };
  return (
    <form action={action} noValidate className="form" aria-label={t("formLabel")}>
      <FormMessage state={state} labels={labels} />
      <input type="hidden" name="token" value={token} />
      <RadioGroup
        name="themeChoice"
        legend={labels.themeChoice}
        error={error("themeChoice")}
        checked={fieldValue(state, "themeChoice", values.allThemes ? "all" : "chosen")}
        options={[
          { value: "all", label: t("themeChoiceAll") },
          { value: "chosen", label: t("themeChoiceChosen") },
        ]}
      />
      <CheckboxGroup name="themeIds" legend={labels.themeIds} hint={t("themesHint")} options={themes} checked={fieldValues(state, "themeIds", values.themeIds)} error={error("themeIds")} />
      <RadioGroup
        name="frequency"
        legend={labels.frequency}
        error={error("frequency")}
        checked={fieldValue(state, "frequency", values.frequency)}
        options={(["weekly", "monthly"] as const).map((value) => ({ value, label: t(`frequencyOptions.${value}`) }))}
      />
      <Field id="language" label={labels.language} hint={t("languageHint")} error={error("language")}>
        <select className="select" id="language" name="language" defaultValue={fieldValue(state, "language", values.language)} aria-describedby={describedBy("language", t("languageHint"), error("language"))} aria-invalid={error("language") ? true : undefined}>
          <LanguageOptions locales={languages} />
        </select>
      </Field>
      <RadioGroup
        name="sendWhenQuiet"
        legend={labels.sendWhenQuiet}
        error={error("sendWhenQuiet")}
        checked={fieldValue(state, "sendWhenQuiet", values.sendWhenQuiet ? "yes" : "no")}
        options={(["yes", "no"] as const).map((value) => ({ value, label: t(`quietOptions.${value}`) }))}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
