import "server-only";
import { getDb } from "@/lib/db/client";
import { topicFields } from "@/lib/domain/translations/topic-translation";
import { translationOverview } from "@/lib/domain/translations/translation-overview";
import { TRANSLATION_LOCALES } from "@/lib/validations/translation";
import { loadTopicOriginal } from "./shared/topic-original";
import { listTranslations } from "./shared/translation-store";

/** A topic and, for every language it could be translated into, how far its translation goes. */
export async function listTopicTranslations(topicId: string) {
  const db = getDb();
  const topic = await loadTopicOriginal(db, topicId);
  const stored = await listTranslations(db, { kind: "topic", id: topic.id });
  return { topic: { id: topic.id, slug: topic.slug, title: topic.title, status: topic.status }, languages: translationOverview(TRANSLATION_LOCALES, topicFields(topic), stored) };
}
