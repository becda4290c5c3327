import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { topicFields } from "@/lib/domain/translations/topic-translation";
import type { Locale } from "@/lib/i18n/locales";
import { loadTopicOriginal } from "./shared/topic-original";
import { storeTranslationForm } from "./shared/store-translation-form";

/**
 * An officer saves a topic's translation into one language: its title, summary, body (rendered and
 * sanitised here, as the English is) and documents' names, each checked against the topic as it is
 * now. Parts left empty stay in English.
 */
export async function saveTopicTranslation(officer: CurrentUser, topicId: string, locale: Locale, form: Record<string, unknown>) {
  return getDb().transaction(async (tx) => {
    const topic = await loadTopicOriginal(tx, topicId);
    return storeTranslationForm(tx, officer, { kind: "topic", id: topic.id }, locale, topicFields(topic), form);
  });
}
