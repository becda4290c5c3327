import "server-only";
import type { Executor } from "@/lib/db/client";
import { localiseSurvey, type LocalisedSurvey, type SurveyTexts } from "@/lib/domain/translations/survey-translation";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { readTranslation } from "./translation-store";

/**
 * A survey as a reader of `locale` sees it: its translation's words in place of the English where
 * they match it. Ids, types and rules are untouched, so everything that checks or stores answers
 * works on it as on the English.
 */
export async function surveyForReader<T extends SurveyTexts & { id: string }>(executor: Executor, survey: T, locale: Locale = DEFAULT_LOCALE): Promise<LocalisedSurvey<T>> {
  const stored = await readTranslation(executor, { kind: "survey", id: survey.id }, locale);
  return localiseSurvey(survey, stored, locale);
}
