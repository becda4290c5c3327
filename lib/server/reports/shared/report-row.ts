import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { consultationReports } from "@/lib/db/schema";
import type { ReportContent } from "@/lib/domain/reports/facts";
import type { ReportSubject } from "./subject";

/** The report's row for its topic or survey (one each), or undefined before it is first saved. */
export async function readReportRow(executor: Executor, subject: ReportSubject, forUpdate = false) {
  const where = subject.kind === "topic" ? eq(consultationReports.topicId, subject.id) : eq(consultationReports.surveyId, subject.id);
  const query = executor.select().from(consultationReports).where(where);
  const [row] = await (forUpdate ? query.for("update") : query);
  return row;
}

export type PublishedReport = { id: string; content: ReportContent };

/** What publishing froze, as the public reads it. The column holds a ReportContent, written by changeReportStatus only. */
export const published = (row: { id: string; publishedContent: unknown } | undefined): PublishedReport | null =>
  row?.publishedContent ? { id: row.id, content: row.publishedContent as ReportContent } : null;
