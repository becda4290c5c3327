import "server-only";
import { getDb } from "@/lib/db/client";
import { surveyFields } from "@/lib/domain/translations/survey-translation";
import { translationOverview } from "@/lib/domain/translations/translation-overview";
import { TRANSLATION_LOCALES } from "@/lib/validations/translation";
import { loadSurveyOriginal } from "./shared/survey-original";
import { listTranslations } from "./shared/translation-store";

/** A survey and, for every language it could be translated into, how far its translation goes. */
export async function listSurveyTranslations(surveyId: string) {
  const db = getDb();
  const survey = await loadSurveyOriginal(db, surveyId);
  const stored = await listTranslations(db, { kind: "survey", id: survey.id });
  return { survey: { id: survey.id, slug: survey.slug, title: survey.title, status: survey.status }, languages: translationOverview(TRANSLATION_LOCALES, surveyFields(survey), stored) };
}
