import "server-only";
import type { Executor } from "@/lib/db/client";
import type { OneOffContent, SummaryContent } from "@/lib/domain/summaries/content";
import { summarySubjects, type SummaryTranslations } from "@/lib/domain/translations/summary-translation";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { readTranslations } from "./translation-store";

/** The translations into `locale` of the topics and surveys a summary names (none for English). */
export async function readSummaryTranslations(executor: Executor, content: SummaryContent | OneOffContent, locale: Locale = DEFAULT_LOCALE): Promise<SummaryTranslations> {
  const { topicIds, surveyIds } = summarySubjects(content);
  const [topics, surveys] = await Promise.all([readTranslations(executor, "topic", topicIds, locale), readTranslations(executor, "survey", surveyIds, locale)]);
  return { locale, topics, surveys };
}
