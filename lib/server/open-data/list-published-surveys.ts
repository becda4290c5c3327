import "server-only";
import { and, asc, eq, gt, inArray, isNotNull, ne } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { consultationReports, surveys } from "@/lib/db/schema";
import type { OpenSurvey } from "@/lib/validations/open-data";
import { pageOf } from "./shared/page-of";
import { siteUrl } from "./shared/site-url";

/** Surveys whose results are published (never a draft), in slug order, a page at a time from after `cursor` (a slug). */
export async function listPublishedSurveys(query: { limit: number; cursor?: string }): Promise<{ surveys: OpenSurvey[]; nextKey: string | null }> {
  const db = getDb();
  const rows = await db
    .select({ id: surveys.id, slug: surveys.slug, title: surveys.title, summary: surveys.summary, status: surveys.status, opensAt: surveys.opensAt, closesAt: surveys.closesAt, resultsPublishedAt: surveys.resultsPublishedAt })
    .from(surveys)
    .where(and(isNotNull(surveys.resultsPublishedAt), ne(surveys.status, "draft"), query.cursor ? gt(surveys.slug, query.cursor) : undefined))
    .orderBy(asc(surveys.slug))
    .limit(query.limit + 1);
  const page = pageOf(rows, query.limit, (row) => row.slug);
  const ids = page.rows.map((row) => row.id);
  const reported = ids.length
    ? new Set(
        (await db.select({ surveyId: consultationReports.surveyId }).from(consultationReports).where(and(inArray(consultationReports.surveyId, ids), eq(consultationReports.status, "published")))).map(
          (row) => row.surveyId,
        ),
      )
    : new Set<string | null>();
  const described = page.rows.flatMap((row): OpenSurvey[] => {
    if (row.status === "draft" || !row.resultsPublishedAt) return [];
    const path = `/surveys/${encodeURIComponent(row.slug)}`;
    return [
      {
        slug: row.slug,
        title: row.title,
        summary: row.summary,
        status: row.status,
        opensAt: row.opensAt?.toISOString() ?? null,
        closesAt: row.closesAt?.toISOString() ?? null,
        resultsPublishedAt: row.resultsPublishedAt.toISOString(),
        links: { page: siteUrl(path), resultsPage: siteUrl(`${path}/results`), results: siteUrl(`/api/open/v1${path}/results`), report: reported.has(row.id) ? siteUrl(`${path}#report`) : null },
      },
    ];
  });
  return { surveys: described, nextKey: page.nextKey };
}
