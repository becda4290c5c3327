import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { consultationReports } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { published } from "./shared/report-row";
import { renderReportFile, type ReportFile, type ReportFormat } from "./shared/render-file";

/** A published report's file, for anyone: what was published, never a draft (NotFound). */
export async function getPublishedReportFile(reportId: string, format: ReportFormat): Promise<ReportFile> {
  const [row] = await getDb()
    .select({ id: consultationReports.id, publishedContent: consultationReports.publishedContent })
    .from(consultationReports)
    .where(and(eq(consultationReports.id, reportId), eq(consultationReports.status, "published")));
  const report = published(row);
  if (!report) throw new NotFoundError("problems.report.notFound");
  return renderReportFile(report.content, format);
}
