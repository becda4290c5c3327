/** The languages pages and emails are written in: English now; Punjabi, Urdu, Polish and Arabic (right to left) will follow. */
export const SUPPORTED_LOCALES = ["en"] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
