import "server-only";
import { getDb } from "@/lib/db/client";
import { summaryIntroFields } from "@/lib/domain/translations/summary-translation";
import { fieldState } from "@/lib/domain/translations/translation-fields";
import type { Locale } from "@/lib/i18n/locales";
import { readSummaryIntro, SUMMARY_INTRO } from "@/lib/server/summaries/shared/summary-intro";
import { readTranslation } from "./shared/translation-store";

/** The translation form of the summaries' message into one language: the English and the translation so far (no field when there is no message). */
export async function getSummaryIntroTranslation(locale: Locale) {
  const db = getDb();
  const intro = await readSummaryIntro(db);
  const stored = await readTranslation(db, SUMMARY_INTRO, locale);
  return summaryIntroFields(intro.text).map((field) => ({ ...field, translation: stored?.[field.key]?.text ?? "", state: fieldState(field, stored) }));
}
