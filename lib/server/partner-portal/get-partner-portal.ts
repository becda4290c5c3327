import "server-only";
import { and, asc, count, desc, eq, inArray, isNotNull, ne } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb, type Executor } from "@/lib/db/client";
import { comments, surveys, surveyThemes, topics, topicThemes } from "@/lib/db/schema";
import { partnerThemes, requirePartner, type PartnerTheme } from "@/lib/server/partner-portal/shared/partner-themes";

type PortalTopic = { slug: string; title: string; status: "open" | "closed" | "outcome"; comments: number };
type PortalSurvey = { id: string; slug: string; title: string; status: "open" | "closed"; closesAt: Date | null; sendable: boolean; resultsPublished: boolean };
export type PartnerPortal = { organisation: string; themes: PartnerTheme[]; topics: PortalTopic[]; surveys: PortalSurvey[] };

async function topicsOf(db: Executor, themeIds: string[]): Promise<PortalTopic[]> {
  if (themeIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: topics.id, slug: topics.slug, title: topics.title, status: topics.status, publishedAt: topics.publishedAt })
    .from(topics)
    .innerJoin(topicThemes, eq(topicThemes.topicId, topics.id))
    .where(and(inArray(topicThemes.themeId, themeIds), ne(topics.status, "draft")))
    .orderBy(desc(topics.publishedAt), asc(topics.title));
  const counted = rows.length
    ? await db
        .select({ topicId: comments.topicId, total: count() })
        .from(comments)
        .where(and(inArray(comments.topicId, rows.map((row) => row.id)), eq(comments.status, "published")))
        .groupBy(comments.topicId)
    : [];
  const totals = new Map(counted.map((row) => [row.topicId, row.total]));
  return rows.flatMap((row) => (row.status === "draft" ? [] : [{ slug: row.slug, title: row.title, status: row.status, comments: totals.get(row.id) ?? 0 }]));
}

async function surveysOf(db: Executor, themeIds: string[]): Promise<PortalSurvey[]> {
  if (themeIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: surveys.id, slug: surveys.slug, title: surveys.title, status: surveys.status, closesAt: surveys.closesAt, onePerOrganisation: surveys.onePerOrganisation, publishedAt: surveys.resultsPublishedAt, createdAt: surveys.createdAt })
    .from(surveys)
    .innerJoin(surveyThemes, eq(surveyThemes.surveyId, surveys.id))
    .where(and(inArray(surveyThemes.themeId, themeIds), ne(surveys.status, "draft")))
    .orderBy(desc(surveys.createdAt));
  return rows.flatMap((row) => (row.status === "draft" ? [] : [{ id: row.id, slug: row.slug, title: row.title, status: row.status, closesAt: row.closesAt, sendable: row.status === "open" && !row.onePerOrganisation, resultsPublished: row.publishedAt !== null }]));
}

/**
 * What a partner organisation's people see of the network: the themes it works on, and the
 * published topics and surveys of those themes (whether each survey's results are published).
 * Nothing unpublished, and nothing about any one person.
 */
export async function getPartnerPortal(user: CurrentUser): Promise<PartnerPortal> {
  const db = getDb();
  const membership = await requirePartner(db, user);
  const themes = await partnerThemes(db, membership.organisation.id);
  const ids = themes.map((theme) => theme.id);
  const [topicList, surveyList] = await Promise.all([topicsOf(db, ids), surveysOf(db, ids)]);
  return { organisation: membership.organisation.name, themes, topics: topicList, surveys: surveyList };
}

/** The slugs of the published results a partner may download: surveys of its themes with results published. */
export async function listPartnerResultSlugs(db: Executor, organisationId: string): Promise<string[]> {
  const ids = (await partnerThemes(db, organisationId)).map((theme) => theme.id);
  if (ids.length === 0) return [];
  const rows = await db
    .selectDistinct({ slug: surveys.slug })
    .from(surveys)
    .innerJoin(surveyThemes, eq(surveyThemes.surveyId, surveys.id))
    .where(and(inArray(surveyThemes.themeId, ids), ne(surveys.status, "draft"), isNotNull(surveys.resultsPublishedAt)));
  return rows.map((row) => row.slug);
}
