import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { getReport } from "./get-report";
import { renderReportFile, type ReportFile, type ReportFormat } from "./shared/render-file";
import type { ReportSubject } from "./shared/subject";

/**
 * An officer's download of a report as it stands (the saved words, today's figures), as DOCX or
 * PDF. Written to the audit log like an export, before the file is made.
 */
export async function composeReportFile(user: CurrentUser, subject: ReportSubject, format: ReportFormat): Promise<ReportFile> {
  const report = await getReport(user, subject);
  await recordAudit(getDb(), { actorId: user.id, action: "report.download", subjectType: subject.kind, subjectId: subject.id, details: { format, reportId: report.id, status: report.status } });
  return renderReportFile(report.content, format);
}
