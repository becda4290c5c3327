import { parseQuery, uuidParam, withPermission } from "@/lib/auth/route";
import { NotFoundError } from "@/lib/errors";
import { recordSurveyExport } from "@/lib/server/surveys/export/record-survey-export";
import { surveyExportStream } from "@/lib/server/surveys/export/stream-survey-export";
import { EXPORT_FILES, ZExportFile, ZExportQuery } from "@/lib/validations/survey-results";

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/**
 * Downloads a survey's responses, streamed:
 *   GET /api/exports/surveys/<surveyId>/responses.csv|responses.xlsx?sector=C&size=small&neighbourhood=<id>
 * Officers only (`survey:export`); the filters are those of the results page; every download is
 * written to the audit log first. 400 { error, fieldErrors } for a bad filter; 401, 403, 404 { error }.
 */
export const GET = withPermission<{ surveyId: string; file: string }>("survey:export", async (request, { params, user }) => {
  const surveyId = uuidParam(params.surveyId, "problems.survey.exportNotFound");
  const file = ZExportFile.safeParse(params.file);
  if (!file.success) throw new NotFoundError("problems.survey.exportNotFound");
  const filters = parseQuery(request, ZExportQuery, "problems.survey.checkFilters");
  const format = EXPORT_FILES[file.data];
  const { filename } = await recordSurveyExport(user, surveyId, format, filters);
  return new Response(surveyExportStream({ surveyId, format, filters }), {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
