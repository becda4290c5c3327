import { openDataPreflight, openDataRoute } from "@/lib/auth/open-data-route";
import { parseQuery } from "@/lib/auth/route";
import { OPEN_DATA_LICENCE } from "@/lib/domain/open-data/licence";
import { surveyResultsCsv } from "@/lib/domain/open-data/open-data-csv";
import { getPublishedSurveyResults } from "@/lib/server/open-data/get-published-survey-results";
import { ZOpenFormatQuery, type OpenSurveyResultsItem } from "@/lib/validations/open-data";

export const dynamic = "force-dynamic";

/**
 * A survey's published results, as its public results page shows them (small numbers suppressed):
 *   GET /api/open/v1/surveys/<slug>/results[?format=csv]
 * 200 { data, licence } (or <slug>-results.csv); 404 while the results are not published.
 */
export const GET = openDataRoute<{ slug: string }>(async (request, { slug }) => {
  const { format } = parseQuery(request, ZOpenFormatQuery, "problems.openData.checkQuery");
  const results = await getPublishedSurveyResults(slug);
  if (format === "csv") return { csv: surveyResultsCsv(results), filename: `${results.survey.slug}-results.csv` };
  const item: OpenSurveyResultsItem = { data: results, licence: OPEN_DATA_LICENCE };
  return { json: item };
});

export const OPTIONS = openDataPreflight;
