import "server-only";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { comments, consultationReports, neighbourhoods, themes, topicKeyDates, topicNeighbourhoods, topics, topicThemes } from "@/lib/db/schema";
import { plainTextOf } from "@/lib/rich-text/render";
import type { OpenTopic } from "@/lib/validations/open-data";
import { siteUrl } from "./site-url";

/** The columns of a topic open data reads: never who wrote it or anything of a draft. */
export const PUBLIC_TOPIC_COLUMNS = {
  id: topics.id,
  slug: topics.slug,
  title: topics.title,
  summary: topics.summary,
  status: topics.status,
  publishedAt: topics.publishedAt,
  outcomeJson: topics.outcomeJson,
  outcomeHtml: topics.outcomeHtml,
  outcomePublishedAt: topics.outcomePublishedAt,
};
type TopicRow = { [K in keyof typeof PUBLIC_TOPIC_COLUMNS]: (typeof topics.$inferSelect)[K] };

function groupBy<T extends { topicId: string }>(rows: T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) grouped.set(row.topicId, [...(grouped.get(row.topicId) ?? []), row]);
  return grouped;
}

/**
 * Published topics (the caller selects only those) as open data: their themes, neighbourhoods, key
 * dates, published comment count, outcome and links, read for the whole page in five queries.
 */
export async function describeTopics(executor: Executor, rows: TopicRow[]): Promise<OpenTopic[]> {
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const [themeRows, placeRows, dateRows, countRows, reportRows] = await Promise.all([
    executor
      .select({ topicId: topicThemes.topicId, slug: themes.slug, name: themes.name })
      .from(topicThemes)
      .innerJoin(themes, eq(themes.id, topicThemes.themeId))
      .where(inArray(topicThemes.topicId, ids))
      .orderBy(asc(themes.sortOrder), asc(themes.slug)),
    executor
      .select({ topicId: topicNeighbourhoods.topicId, slug: neighbourhoods.slug, name: neighbourhoods.name })
      .from(topicNeighbourhoods)
      .innerJoin(neighbourhoods, eq(neighbourhoods.id, topicNeighbourhoods.neighbourhoodId))
      .where(inArray(topicNeighbourhoods.topicId, ids))
      .orderBy(asc(neighbourhoods.name), asc(neighbourhoods.slug)),
    executor
      .select({ topicId: topicKeyDates.topicId, kind: topicKeyDates.kind, label: topicKeyDates.label, date: topicKeyDates.date })
      .from(topicKeyDates)
      .where(inArray(topicKeyDates.topicId, ids))
      .orderBy(asc(topicKeyDates.date), asc(topicKeyDates.sortOrder), asc(topicKeyDates.id)),
    executor
      .select({ topicId: comments.topicId, count: count() })
      .from(comments)
      .where(and(inArray(comments.topicId, ids), eq(comments.status, "published")))
      .groupBy(comments.topicId),
    executor
      .select({ topicId: consultationReports.topicId })
      .from(consultationReports)
      .where(and(inArray(consultationReports.topicId, ids), eq(consultationReports.status, "published"))),
  ]);
  const themesBy = groupBy(themeRows);
  const placesBy = groupBy(placeRows);
  const datesBy = groupBy(dateRows);
  const counts = new Map(countRows.map((row) => [row.topicId, Number(row.count)]));
  const reported = new Set(reportRows.map((row) => row.topicId));
  return rows.map((row) => {
    // Callers select published topics only; a draft here would be a bug, never data to give out.
    if (row.status === "draft") throw new Error("A draft topic reached open data");
    const page = siteUrl(`/topics/${encodeURIComponent(row.slug)}`);
    return {
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      status: row.status,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      themes: (themesBy.get(row.id) ?? []).map(({ slug, name }) => ({ slug, name })),
      neighbourhoods: (placesBy.get(row.id) ?? []).map(({ slug, name }) => ({ slug, name })),
      keyDates: (datesBy.get(row.id) ?? []).map(({ kind, label, date }) => ({ kind, label, date })),
      commentCount: counts.get(row.id) ?? 0,
      outcome: row.outcomeHtml ? { html: row.outcomeHtml, text: plainTextOf(row.outcomeJson), publishedAt: row.outcomePublishedAt?.toISOString() ?? null } : null,
      links: {
        page,
        themes: siteUrl(`/api/open/v1/topics/${encodeURIComponent(row.slug)}/themes`),
        report: reported.has(row.id) ? `${page}#report` : null,
      },
    };
  });
}
