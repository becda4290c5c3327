import { z } from "zod";
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from "@/lib/i18n/locales";

/** The languages content is translated into: every language but English, the original. */
export type TranslationLocale = Exclude<Locale, "en">;
export const TRANSLATION_LOCALES = SUPPORTED_LOCALES.filter((locale): locale is TranslationLocale => locale !== DEFAULT_LOCALE) as [TranslationLocale, ...TranslationLocale[]];

export const ZTranslationLocale = z.enum(TRANSLATION_LOCALES, { error: "validation.contentTranslations.language" });

/** A translation form: which subject and language (checked again by the use case), plus a `t.<key>` field per translated part. */
export const ZTranslationInput = z.looseObject({ subjectId: z.uuid("validation.contentTranslations.subject"), locale: ZTranslationLocale });

export const ZTranslationRef = z.object({ subjectId: z.uuid("validation.contentTranslations.subject"), locale: ZTranslationLocale });

/** The summaries' message has one subject: a translation form names only its language. */
export const ZIntroTranslationInput = z.looseObject({ locale: ZTranslationLocale });
export const ZIntroTranslationRef = z.object({ locale: ZTranslationLocale });
