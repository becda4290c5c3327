import "server-only";
import { and, asc, eq, ne } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import {
  communitiesOfInterest,
  neighbourhoods,
  themes,
  topicCommunities,
  topicKeyDates,
  topicNeighbourhoods,
  topics,
  topicThemes,
} from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { readTranslation } from "@/lib/server/translations/shared/translation-store";

/**
 * A published topic (anything but a draft) with its tags and key dates; body is stored, sanitised
 * HTML. With a language, its translation into it, if any (lib/domain/translations decides what of
 * it to show).
 */
export async function getPublicTopic(slug: string, locale: Locale = DEFAULT_LOCALE) {
  const db = getDb();
  const [topic] = await db
    .select({ id: topics.id, slug: topics.slug, title: topics.title, summary: topics.summary, bodyHtml: topics.bodyHtml, bodyText: topics.bodyText, outcomeHtml: topics.outcomeHtml, status: topics.status, publishedAt: topics.publishedAt })
    .from(topics)
    .where(and(eq(topics.slug, slug), ne(topics.status, "draft")));
  if (!topic) throw new NotFoundError("problems.topic.notFoundPublic");
  const [themeRows, communityRows, neighbourhoodRows, keyDates, translation] = await Promise.all([
    db.select({ slug: themes.slug, name: themes.name }).from(topicThemes).innerJoin(themes, eq(themes.id, topicThemes.themeId)).where(eq(topicThemes.topicId, topic.id)).orderBy(asc(themes.sortOrder)),
    db
      .select({ slug: communitiesOfInterest.slug, name: communitiesOfInterest.name })
      .from(topicCommunities)
      .innerJoin(communitiesOfInterest, eq(communitiesOfInterest.id, topicCommunities.communityId))
      .where(eq(topicCommunities.topicId, topic.id))
      .orderBy(asc(communitiesOfInterest.sortOrder)),
    db
      .select({ slug: neighbourhoods.slug, name: neighbourhoods.name })
      .from(topicNeighbourhoods)
      .innerJoin(neighbourhoods, eq(neighbourhoods.id, topicNeighbourhoods.neighbourhoodId))
      .where(eq(topicNeighbourhoods.topicId, topic.id))
      .orderBy(asc(neighbourhoods.name)),
    db
      .select({ kind: topicKeyDates.kind, label: topicKeyDates.label, date: topicKeyDates.date })
      .from(topicKeyDates)
      .where(eq(topicKeyDates.topicId, topic.id))
      .orderBy(asc(topicKeyDates.date), asc(topicKeyDates.sortOrder)),
    readTranslation(db, { kind: "topic", id: topic.id }, locale),
  ]);
  return { ...topic, themes: themeRows, communities: communityRows, neighbourhoods: neighbourhoodRows, keyDates, translation };
}
