import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { summaryIntroFields } from "@/lib/domain/translations/summary-translation";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { readSummaryIntro, SUMMARY_INTRO } from "@/lib/server/summaries/shared/summary-intro";
import { storeTranslationForm } from "./shared/store-translation-form";

/** An officer saves the summaries' message in one language; contacts reading it get it from their next summary. */
export async function saveSummaryIntroTranslation(officer: CurrentUser, locale: Locale, form: Record<string, unknown>) {
  return getDb().transaction(async (tx) => {
    const intro = await readSummaryIntro(tx);
    if (!intro.text) throw new NotFoundError("problems.contentTranslations.noMessage");
    return storeTranslationForm(tx, officer, SUMMARY_INTRO, locale, summaryIntroFields(intro.text), form);
  });
}
