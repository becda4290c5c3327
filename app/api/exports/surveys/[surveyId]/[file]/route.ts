import { z } from "zod";
import { withPermission } from "@/lib/auth/route";
import { fieldErrorsFrom, NotFoundError } from "@/lib/errors";
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
  const file = ZExportFile.safeParse(params.file);
  if (!z.uuid().safeParse(params.surveyId).success || !file.success) throw new NotFoundError("That export could not be found.");
  const query = ZExportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    return Response.json({ error: "Check the filters and try again.", fieldErrors: fieldErrorsFrom(query.error.issues) }, { status: 400 });
  }
  const format = EXPORT_FILES[file.data];
  const { filename } = await recordSurveyExport(user, params.surveyId, format, query.data);
  return new Response(surveyExportStream({ surveyId: params.surveyId, format, filters: query.data }), {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
