import "server-only";
import { and, asc, desc, eq, exists, ne, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { communitiesOfInterest, neighbourhoods, themes, topicCommunities, topicNeighbourhoods, topics, topicThemes } from "@/lib/db/schema";
import type { TTopicSearch } from "@/lib/validations/topic-search";
import { localiseTopicCard } from "@/lib/domain/translations/topic-translation";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { readTranslations } from "@/lib/server/translations/shared/translation-store";

/**
 * A search in a reader's language also finds topics whose translation into it matches, by title or
 * summary (a plain word match: Postgres has no stemming for most of our languages). Few topics are
 * translated, so this needs no index of its own.
 */
function translationMatches(locale: Locale, q: string): SQL {
  const words = sql`coalesce(ct.fields->'title'->>'text', '') || ' ' || coalesce(ct.fields->'summary'->>'text', '')`;
  return sql`exists (select 1 from content_translations as ct where ct.topic_id = "topics"."id" and ct.locale = ${locale} and to_tsvector('simple', ${words}) @@ websearch_to_tsquery('simple', ${q}))`;
}

const TOPIC_SEARCH_LIMIT = 100;

/**
 * Published topics filtered by theme, neighbourhood, community of interest and status, and searched
 * with Postgres full-text search. Without a search, open topics closing soonest come first. Titles
 * and summaries come in `locale` where translated.
 */
export async function searchTopics(filters: TTopicSearch, locale: Locale = DEFAULT_LOCALE) {
  const db = getDb();
  const conditions: (SQL | undefined)[] = [ne(topics.status, "draft")];
  if (filters.status) conditions.push(eq(topics.status, filters.status));
  if (filters.theme) {
    conditions.push(exists(db.select({ one: sql`1` }).from(topicThemes).innerJoin(themes, eq(themes.id, topicThemes.themeId)).where(and(eq(topicThemes.topicId, topics.id), eq(themes.slug, filters.theme)))));
  }
  if (filters.neighbourhood) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(topicNeighbourhoods)
          .innerJoin(neighbourhoods, eq(neighbourhoods.id, topicNeighbourhoods.neighbourhoodId))
          .where(and(eq(topicNeighbourhoods.topicId, topics.id), eq(neighbourhoods.slug, filters.neighbourhood))),
      ),
    );
  }
  if (filters.community) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(topicCommunities)
          .innerJoin(communitiesOfInterest, eq(communitiesOfInterest.id, topicCommunities.communityId))
          .where(and(eq(topicCommunities.topicId, topics.id), eq(communitiesOfInterest.slug, filters.community))),
      ),
    );
  }
  const query = filters.q ? sql`websearch_to_tsquery('english', ${filters.q})` : null;
  if (query) {
    const english = sql`"topics"."search_vector" @@ ${query}`;
    conditions.push(locale !== DEFAULT_LOCALE && filters.q ? or(english, translationMatches(locale, filters.q)) : english);
  }
  // Qualified by hand: Drizzle leaves column names bare in a one-table select.
  const closesOn = sql<string | null>`(select min(k."date")::text from "topic_key_dates" as k where k."topic_id" = "topics"."id" and k."kind" = 'closes')`;
  const rows = await db
    .select({ id: topics.id, slug: topics.slug, title: topics.title, summary: topics.summary, status: topics.status, closesOn })
    .from(topics)
    .where(and(...conditions))
    .orderBy(
      ...(query
        ? [desc(sql`ts_rank("topics"."search_vector", ${query})`), asc(topics.title)]
        : [sql`case when ${topics.status} = 'open' then 0 else 1 end`, sql`${closesOn} asc nulls last`, desc(topics.publishedAt)]),
    )
    .limit(TOPIC_SEARCH_LIMIT);
  const translations = await readTranslations(db, "topic", rows.map((row) => row.id), locale);
  return rows.map(({ id, ...row }) => localiseTopicCard(row, translations.get(id) ?? null, locale));
}
