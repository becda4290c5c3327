import "server-only";
import { getDb } from "@/lib/db/client";
import { surveyFieldGroups } from "@/lib/domain/translations/survey-translation";
import { fieldState } from "@/lib/domain/translations/translation-fields";
import type { Locale } from "@/lib/i18n/locales";
import { loadSurveyOriginal } from "./shared/survey-original";
import { readTranslation } from "./shared/translation-store";

/**
 * The translation form of a survey into one language, grouped as the survey is (the survey, each
 * section, each question): every field with its English, what is translated so far, and whether it
 * is missing (added since, or never translated) or changed in English since.
 */
export async function getSurveyTranslation(surveyId: string, locale: Locale) {
  const db = getDb();
  const survey = await loadSurveyOriginal(db, surveyId);
  const stored = await readTranslation(db, { kind: "survey", id: survey.id }, locale);
  const groups = surveyFieldGroups(survey).map((group) => ({
    ...group,
    fields: group.fields.map((field) => ({ ...field, translation: stored?.[field.key]?.text ?? "", state: fieldState(field, stored) })),
  }));
  return { survey: { id: survey.id, slug: survey.slug, title: survey.title, status: survey.status }, exists: stored !== null, groups };
}
