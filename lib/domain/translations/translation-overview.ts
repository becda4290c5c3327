import type { Locale } from "@/lib/i18n/locales";
import { translationProgress, type TranslatableField, type TranslationFields, type TranslationProgress } from "./translation-fields";

export interface LanguageOverview {
  locale: Locale;
  /** null: not translated into this language at all. */
  translation: { progress: TranslationProgress; updatedAt: Date } | null;
}

/** For each language content may be translated into: whether it is, and how much of it is missing or out of date. */
export function translationOverview(locales: readonly Locale[], fields: TranslatableField[], stored: { locale: Locale; fields: TranslationFields; updatedAt: Date }[]): LanguageOverview[] {
  return locales.map((locale) => {
    const found = stored.find((item) => item.locale === locale);
    return { locale, translation: found ? { progress: translationProgress(fields, found.fields), updatedAt: found.updatedAt } : null };
  });
}
