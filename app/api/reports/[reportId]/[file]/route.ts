import { uuidParam, withPublic } from "@/lib/auth/route";
import { NotFoundError } from "@/lib/errors";
import { getPublishedReportFile } from "@/lib/server/reports/get-published-report-file";
import { REPORT_FILES, ZReportFile } from "@/lib/validations/report";
import { reportFileResponse } from "@/lib/auth/file-download";

/**
 * A published consultation report, for anyone: GET /api/reports/<reportId>/report.pdf|report.docx.
 * What was published (frozen when it was), never a draft: an unpublished report is a 404.
 */
export const GET = withPublic<{ reportId: string; file: string }>(async (_request, { params }) => {
  const file = ZReportFile.safeParse(params.file);
  if (!file.success) throw new NotFoundError("problems.report.notFound");
  const report = await getPublishedReportFile(uuidParam(params.reportId, "problems.report.notFound"), REPORT_FILES[file.data]);
  return reportFileResponse(report, "public, max-age=60");
});
