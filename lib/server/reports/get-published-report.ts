import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { consultationReports } from "@/lib/db/schema";
import { published, type PublishedReport } from "./shared/report-row";
import type { ReportSubject } from "./shared/subject";


/** A topic's or survey's published report as it was published, for its public page; null when none is. */
export async function getPublishedReport(subject: ReportSubject): Promise<PublishedReport | null> {
  const bySubject = subject.kind === "topic" ? eq(consultationReports.topicId, subject.id) : eq(consultationReports.surveyId, subject.id);
  const [row] = await getDb()
    .select({ id: consultationReports.id, publishedContent: consultationReports.publishedContent })
    .from(consultationReports)
    .where(and(bySubject, eq(consultationReports.status, "published")));
  return published(row);
}
