import "server-only";
import { getDb } from "@/lib/db/client";
import { fieldState } from "@/lib/domain/translations/translation-fields";
import { topicFields } from "@/lib/domain/translations/topic-translation";
import type { Locale } from "@/lib/i18n/locales";
import { loadTopicOriginal } from "./shared/topic-original";
import { readTranslation } from "./shared/translation-store";

/**
 * The translation form of a topic into one language: each field with its English beside it (the
 * body as its HTML), what is translated so far, and whether the English has changed since.
 */
export async function getTopicTranslation(topicId: string, locale: Locale) {
  const db = getDb();
  const topic = await loadTopicOriginal(db, topicId);
  const stored = await readTranslation(db, { kind: "topic", id: topic.id }, locale);
  const english: Record<string, string> = { body: topic.bodyHtml };
  const fields = topicFields(topic).map((field) => ({ ...field, english: english[field.key] ?? field.original, translation: stored?.[field.key]?.text ?? "", state: fieldState(field, stored) }));
  return { topic: { id: topic.id, slug: topic.slug, title: topic.title, status: topic.status }, exists: stored !== null, fields };
}
