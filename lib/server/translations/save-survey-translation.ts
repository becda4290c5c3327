import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { surveyFields } from "@/lib/domain/translations/survey-translation";
import type { Locale } from "@/lib/i18n/locales";
import { loadSurveyOriginal } from "./shared/survey-original";
import { storeTranslationForm } from "./shared/store-translation-form";

/**
 * An officer saves a survey's translation into one language: its title, summary and thank-you
 * text, section titles and introductions, and each question's text, hint, answers and labels, each
 * checked against the survey as it is now. Parts left empty stay in English. Only words are
 * stored: answers, conditions and results keep working by key.
 */
export async function saveSurveyTranslation(officer: CurrentUser, surveyId: string, locale: Locale, form: Record<string, unknown>) {
  return getDb().transaction(async (tx) => {
    const survey = await loadSurveyOriginal(tx, surveyId);
    return storeTranslationForm(tx, officer, { kind: "survey", id: survey.id }, locale, surveyFields(survey), form);
  });
}
