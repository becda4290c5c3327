import { LOCALES, SUPPORTED_LOCALES, type Locale } from "@/lib/i18n/locales";

/** A language select's options: each language named in itself, marked with its own `lang`. */
export function LanguageOptions({ locales = SUPPORTED_LOCALES }: { locales?: readonly Locale[] }) {
  return locales.map((locale) => (
    <option key={locale} value={locale} lang={locale}>
      {LOCALES[locale].name}
    </option>
  ));
}
