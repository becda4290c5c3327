import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { FIXED_CORPUS } from "@/lib/domain/insight/fixed-corpus";
import type { Locale } from "@/lib/i18n/locales";
import { runQueuedAnalyses } from "@/lib/server/insight/run-queued-analyses";
import { queueAnalysis } from "@/lib/server/insight/queue-analysis";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { insertComment } from "./comment-fixtures";
import { createTopic, createUser, type TestTopic } from "./factories";

/** A topic whose published comments are the fixed corpus (each corpus id mapped to its comment id). */
export async function topicWithCorpus(): Promise<{ topic: TestTopic; ids: Map<string, string>; author: CurrentUser }> {
  const db = getDb();
  const topic = await createTopic(db);
  const author = await createUser(db, { name: "Corpus Author" });
  const ids = new Map<string, string>();
  for (const [index, item] of FIXED_CORPUS.entries()) {
    ids.set(item.id, await insertComment({ topicId: topic.id, authorId: author.id, body: item.text, locale: item.locale as Locale, createdAt: new Date(Date.UTC(2026, 10, 1, 9, index)) }));
  }
  return { topic, ids, author };
}

/** Queues and runs the analysis of a topic's comments, as the page's button and the job do. */
export async function analyseTopic(officer: CurrentUser, topicId: string) {
  await queueAnalysis(officer, { kind: "topic", topicId });
  return runQueuedAnalyses({ db: getDb() });
}

export async function themesOf(topicId: string) {
  const result = await getDb().execute(sql`select t.id, t.label, t.origin::text as origin, t.key_phrases as "keyPhrases", t.deleted_at is not null as deleted, t.merged_into as "mergedInto"
    from insight_themes t join insight_subjects s on s.id = t.subject_id where s.topic_id = ${topicId} order by t.created_at, t.id`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { id: string; label: string; origin: string; keyPhrases: string[]; deleted: boolean; mergedInto: string | null }[];
  return rows;
}

export async function codingsOf(themeId: string) {
  const result = await getDb().execute(sql`select item_id as "itemId", source::text as source, removed, coded_by as "codedBy" from insight_codings where theme_id = ${themeId} order by item_id`);
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { itemId: string; source: string; removed: boolean; codedBy: string | null }[];
}
