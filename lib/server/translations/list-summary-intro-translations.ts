import "server-only";
import { getDb } from "@/lib/db/client";
import { summaryIntroFields } from "@/lib/domain/translations/summary-translation";
import { translationOverview } from "@/lib/domain/translations/translation-overview";
import { readSummaryIntro, SUMMARY_INTRO } from "@/lib/server/summaries/shared/summary-intro";
import { TRANSLATION_LOCALES } from "@/lib/validations/translation";
import { listTranslations } from "./shared/translation-store";

/** The summaries' message and, for every language, whether it is translated and still matches the English. */
export async function listSummaryIntroTranslations() {
  const db = getDb();
  const intro = await readSummaryIntro(db);
  const stored = await listTranslations(db, SUMMARY_INTRO);
  return { intro: intro.text, languages: translationOverview(TRANSLATION_LOCALES, summaryIntroFields(intro.text), stored) };
}
