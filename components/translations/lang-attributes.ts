import type { Shown } from "@/lib/domain/translations/translation-fields";
import { localeDirection, type Locale } from "@/lib/i18n/locales";

/**
 * The lang and dir of content in another language than the page's (English on an Urdu page): a
 * screen reader switches voice, and the text runs in its own direction. Nothing when they match.
 */
export function langAttributes(shown: Pick<Shown, "lang">, pageLocale: Locale): { lang?: string; dir?: "ltr" | "rtl" } {
  return shown.lang === pageLocale ? {} : { lang: shown.lang, dir: localeDirection(shown.lang) };
}
