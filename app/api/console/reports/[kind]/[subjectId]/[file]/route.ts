import { uuidParam, withPermission } from "@/lib/auth/route";
import { NotFoundError } from "@/lib/errors";
import { composeReportFile } from "@/lib/server/reports/compose-report-file";
import { REPORT_FILES, ZReportFile, ZReportKind } from "@/lib/validations/report";
import { reportFileResponse } from "@/lib/auth/file-download";

/**
 * An officer's download of a topic's or survey's report as it stands:
 *   GET /api/console/reports/topic|survey/<id>/report.docx|report.pdf
 * Officers only (`report:manage`); written to the audit log like an export. 401, 403, 404.
 */
export const GET = withPermission<{ kind: string; subjectId: string; file: string }>("report:manage", async (_request, { params, user }) => {
  const kind = ZReportKind.safeParse(params.kind);
  const file = ZReportFile.safeParse(params.file);
  if (!kind.success || !file.success) throw new NotFoundError("problems.report.notFound");
  const subject = { kind: kind.data, id: uuidParam(params.subjectId, "problems.report.notFound") };
  return reportFileResponse(await composeReportFile(user, subject, REPORT_FILES[file.data]), "private, no-store");
});
