import { uuidParam, withPermission } from "@/lib/auth/route";
import { svgDownload } from "@/lib/auth/file-download";
import { getSurveyLinkQr } from "@/lib/server/survey-links/get-survey-link-qr";

/**
 * A link's QR code as an SVG file to print: GET /api/console/surveys/<surveyId>/links/<linkId>/qr.svg.
 * Those who make links only (`survey:manage`); 401, 403, 404 { error }.
 */
export const GET = withPermission<{ surveyId: string; linkId: string }>("survey:manage", async (_request, { params }) => {
  const surveyId = uuidParam(params.surveyId, "problems.surveyLink.notFound");
  const linkId = uuidParam(params.linkId, "problems.surveyLink.notFound");
  const { svg, filename } = await getSurveyLinkQr(surveyId, linkId);
  return svgDownload(svg, filename);
});
