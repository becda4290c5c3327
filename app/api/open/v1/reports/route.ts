import { nextLink, openDataPreflight, openDataRoute } from "@/lib/auth/open-data-route";
import { parseQuery } from "@/lib/auth/route";
import { OPEN_DATA_LICENCE } from "@/lib/domain/open-data/licence";
import { listPublishedReports } from "@/lib/server/open-data/list-published-reports";
import { ZOpenPageQuery, type OpenReportPage } from "@/lib/validations/open-data";

export const dynamic = "force-dynamic";

/** Published consultation reports of published topics and surveys: GET /api/open/v1/reports?limit=50&cursor=<next's cursor>. */
export const GET = openDataRoute<Record<string, never>>(async (request) => {
  const query = parseQuery(request, ZOpenPageQuery, "problems.openData.checkQuery");
  const { reports, nextKey } = await listPublishedReports(query);
  const page: OpenReportPage = { data: reports, next: nextLink(request, nextKey), licence: OPEN_DATA_LICENCE };
  return { json: page };
});

export const OPTIONS = openDataPreflight;
