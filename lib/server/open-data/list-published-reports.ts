import "server-only";
import { and, asc, eq, gt, isNotNull, ne, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/lib/db/client";
import { consultationReports, surveys, topics } from "@/lib/db/schema";
import type { OpenReport } from "@/lib/validations/open-data";
import { pageOf } from "./shared/page-of";
import { siteUrl } from "./shared/site-url";

/**
 * Published consultation reports of published topics and surveys, in id order, a page at a time from
 * after `cursor` (an id): their title, the included sections' narratives, the decision and where the
 * report is on the site. Never who wrote or published it.
 */
export async function listPublishedReports(query: { limit: number; cursor?: string }): Promise<{ reports: OpenReport[]; nextKey: string | null }> {
  const db = getDb();
  const topic = alias(topics, "report_topic");
  const survey = alias(surveys, "report_survey");
  const rows = await db
    .select({
      id: consultationReports.id,
      title: consultationReports.title,
      sections: consultationReports.sections,
      decision: consultationReports.decision,
      publishedAt: consultationReports.publishedAt,
      topicSlug: topic.slug,
      topicTitle: topic.title,
      surveySlug: survey.slug,
      surveyTitle: survey.title,
    })
    .from(consultationReports)
    .leftJoin(topic, and(eq(topic.id, consultationReports.topicId), ne(topic.status, "draft")))
    .leftJoin(survey, and(eq(survey.id, consultationReports.surveyId), ne(survey.status, "draft")))
    .where(
      and(
        eq(consultationReports.status, "published"),
        isNotNull(consultationReports.publishedAt),
        or(isNotNull(topic.id), isNotNull(survey.id)),
        query.cursor ? gt(consultationReports.id, query.cursor) : undefined,
      ),
    )
    .orderBy(asc(consultationReports.id))
    .limit(query.limit + 1);
  const page = pageOf(rows, query.limit, (row) => row.id);
  const reports = page.rows.flatMap((row): OpenReport[] => {
    const subject = row.topicSlug !== null && row.topicTitle !== null ? { kind: "topic" as const, slug: row.topicSlug, title: row.topicTitle } : row.surveySlug !== null && row.surveyTitle !== null ? { kind: "survey" as const, slug: row.surveySlug, title: row.surveyTitle } : null;
    if (!subject || !row.publishedAt) return [];
    return [
      {
        title: row.title,
        subject,
        sections: row.sections.filter((section) => section.included).map(({ key, narrative }) => ({ key, narrative })),
        decision: row.decision,
        publishedAt: row.publishedAt.toISOString(),
        url: siteUrl(`/${subject.kind === "topic" ? "topics" : "surveys"}/${encodeURIComponent(subject.slug)}#report`),
      },
    ];
  });
  return { reports, nextKey: page.nextKey };
}
