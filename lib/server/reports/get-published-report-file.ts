import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { consultationReports } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { published } from "./shared/report-row";
import { renderReportFile, type ReportFile, type ReportFormat } from "./shared/render-file";

/**
 * Files already made, by report, publication and format: a published report never changes (it is
 * unpublished to be edited, and published again at a new time), so anyone's download is made once
 * per process rather than on every request. A few only: the oldest goes first.
 */
const made = new Map<string, Promise<ReportFile>>();
const KEPT = 20;

/** A published report's file, for anyone: what was published, never a draft (NotFound). */
export async function getPublishedReportFile(reportId: string, format: ReportFormat): Promise<ReportFile> {
  const [row] = await getDb()
    .select({ id: consultationReports.id, publishedContent: consultationReports.publishedContent })
    .from(consultationReports)
    .where(and(eq(consultationReports.id, reportId), eq(consultationReports.status, "published")));
  const report = published(row);
  if (!report) throw new NotFoundError("problems.report.notFound");
  const key = `${report.id}:${report.content.publishedAt}:${format}`;
  const file = made.get(key) ?? renderReportFile(report.content, format);
  if (!made.has(key)) {
    made.set(key, file);
    file.catch(() => made.delete(key));
    if (made.size > KEPT) made.delete(made.keys().next().value as string);
  }
  return file;
}
