/**
 * The languages pages and emails are written in. Adding one: write messages/<code>.json (every key
 * of en.json; `npm run test:unit -- tests/messages` says what is missing) and add one line here with
 * its name in its own language and its direction. A script not yet covered also wants a font in
 * app/styles/fonts.css.
 */
export const LOCALES = {
  en: { name: "English", dir: "ltr" },
  pa: { name: "ਪੰਜਾਬੀ", dir: "ltr" },
  ur: { name: "اردو", dir: "rtl" },
  pl: { name: "Polski", dir: "ltr" },
  ar: { name: "العربية", dir: "rtl" },
} as const satisfies Record<string, { name: string; dir: "ltr" | "rtl" }>;

export type Locale = keyof typeof LOCALES;
export const SUPPORTED_LOCALES = Object.keys(LOCALES) as [Locale, ...Locale[]];
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && Object.hasOwn(LOCALES, value);
}

/** A language read from storage: one of ours, or English (a language since removed, a bad value). */
export function knownLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export function localeDirection(locale: Locale): "ltr" | "rtl" {
  return LOCALES[locale].dir;
}
