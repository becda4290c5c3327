import { renderLocale } from "@/lib/i18n/request-locale";
import type { Locale } from "@/lib/i18n/locales";

/** The tag Intl formats a language with: English as written in the UK. */
const INTL_TAG: Partial<Record<Locale, string>> = { en: "en-GB" };

const made = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = made.get(key);
  if (!formatter) made.set(key, (formatter = make()));
  return formatter as T;
}

/** A date formatter for the language (the page's, unless given), in Coventry's time zone. */
export function dateFormatter(name: string, options: Intl.DateTimeFormatOptions, locale: Locale = renderLocale()): Intl.DateTimeFormat {
  return cached(`date ${name} ${locale}`, () => new Intl.DateTimeFormat(INTL_TAG[locale] ?? locale, { timeZone: "Europe/London", ...options }));
}

/** A number formatter for the language (the page's, unless given). */
export function numberFormatter(name: string, options: Intl.NumberFormatOptions, locale: Locale = renderLocale()): Intl.NumberFormat {
  return cached(`number ${name} ${locale}`, () => new Intl.NumberFormat(INTL_TAG[locale] ?? locale, options));
}
