import { fileDownload } from "@/lib/auth/file-download";
import { uuidParam, withPermission } from "@/lib/auth/route";
import { importColumns, importTemplateCsv } from "@/lib/domain/surveys/offline/import-columns";
import { getSurveyPreview } from "@/lib/server/surveys/respond/get-survey-preview";

/**
 * The file to fill in with paper, phone and event responses to a survey: its header row names
 * every column (channel, received, the organisation block where asked, each question's key).
 * GET /api/console/surveys/<surveyId>/responses-template.csv; those who enter responses; 401, 403, 404.
 */
export const GET = withPermission<{ surveyId: string }>("survey:enter-responses", async (_request, { params }) => {
  const survey = await getSurveyPreview(uuidParam(params.surveyId, "problems.survey.notFound"));
  return fileDownload(importTemplateCsv(importColumns(survey.definition, survey.asksOrganisation)), "text/csv", `${survey.slug}-responses-template.csv`);
});
