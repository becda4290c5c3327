import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { themes, topicKeyDates, topics, topicThemes } from "@/lib/db/schema";
import type { Shown } from "@/lib/domain/translations/translation-fields";
import { localiseTopicCard } from "@/lib/domain/translations/topic-translation";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { readTranslations } from "@/lib/server/translations/shared/translation-store";

type TopicCard = { slug: string; title: Shown; summary: Shown; closesOn: string | null };
export type ThemeWithTopics = { slug: string; name: string; kind: "underpinning" | "strategic"; topics: TopicCard[] };

/** Open topics grouped by the themes they are tied to, in the Community Plan's order; titles and summaries in `locale` where translated. */
export async function listOpenTopicsByTheme(locale: Locale = DEFAULT_LOCALE): Promise<ThemeWithTopics[]> {
  const db = getDb();
  const rows = await db
    .select({
      themeSlug: themes.slug,
      themeName: themes.name,
      themeKind: themes.kind,
      topicId: topics.id,
      slug: topics.slug,
      title: topics.title,
      summary: topics.summary,
    })
    .from(topics)
    .innerJoin(topicThemes, eq(topicThemes.topicId, topics.id))
    .innerJoin(themes, eq(themes.id, topicThemes.themeId))
    .where(eq(topics.status, "open"))
    .orderBy(asc(themes.sortOrder), asc(topics.title));
  const topicIds = [...new Set(rows.map((row) => row.topicId))];
  const closes = topicIds.length
    ? await db
        .select({ topicId: topicKeyDates.topicId, date: topicKeyDates.date })
        .from(topicKeyDates)
        .where(and(inArray(topicKeyDates.topicId, topicIds), eq(topicKeyDates.kind, "closes")))
    : [];
  const closesBy = new Map(closes.map((row) => [row.topicId, row.date]));
  const translations = await readTranslations(db, "topic", topicIds, locale);
  const grouped = new Map<string, ThemeWithTopics>();
  for (const row of rows) {
    const group = grouped.get(row.themeSlug) ?? { slug: row.themeSlug, name: row.themeName, kind: row.themeKind, topics: [] };
    const card = localiseTopicCard({ slug: row.slug, title: row.title, summary: row.summary }, translations.get(row.topicId) ?? null, locale);
    group.topics.push({ ...card, closesOn: closesBy.get(row.topicId) ?? null });
    grouped.set(row.themeSlug, group);
  }
  return [...grouped.values()];
}
