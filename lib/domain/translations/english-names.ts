import type { Locale } from "@/lib/i18n/locales";

/** Each language's name in English, for what is written in English whatever the page (the survey exports' "Language" column). */
export const ENGLISH_NAMES: Readonly<Record<Locale, string>> = { en: "English", pa: "Punjabi", ur: "Urdu", pl: "Polish", ar: "Arabic" };
