import { nextLink, openDataPreflight, openDataRoute } from "@/lib/auth/open-data-route";
import { parseQuery } from "@/lib/auth/route";
import { OPEN_DATA_LICENCE } from "@/lib/domain/open-data/licence";
import { listPublishedSurveys } from "@/lib/server/open-data/list-published-surveys";
import { ZOpenPageQuery, type OpenSurveyPage } from "@/lib/validations/open-data";

export const dynamic = "force-dynamic";

/** Surveys whose results are published, in slug order: GET /api/open/v1/surveys?limit=50&cursor=<next's cursor>. */
export const GET = openDataRoute<Record<string, never>>(async (request) => {
  const query = parseQuery(request, ZOpenPageQuery, "problems.openData.checkQuery");
  const { surveys, nextKey } = await listPublishedSurveys(query);
  const page: OpenSurveyPage = { data: surveys, next: nextLink(request, nextKey), licence: OPEN_DATA_LICENCE };
  return { json: page };
});

export const OPTIONS = openDataPreflight;
