import { nextLink, openDataPreflight, openDataRoute } from "@/lib/auth/open-data-route";
import { parseQuery } from "@/lib/auth/route";
import { OPEN_DATA_LICENCE } from "@/lib/domain/open-data/licence";
import { topicsCsv } from "@/lib/domain/open-data/open-data-csv";
import { listPublishedTopics } from "@/lib/server/open-data/list-published-topics";
import { ZOpenTopicsQuery, type OpenTopicPage } from "@/lib/validations/open-data";

export const dynamic = "force-dynamic";

/**
 * Published topics (never drafts), in slug order:
 *   GET /api/open/v1/topics?limit=50&cursor=<next's cursor>&status=open|closed|outcome
 *   GET /api/open/v1/topics?format=csv   every published topic as topics.csv
 * 200 { data, next, licence }; 400 { error, fieldErrors }; 429 with Retry-After. See /open-data.
 */
export const GET = openDataRoute<Record<string, never>>(async (request) => {
  const query = parseQuery(request, ZOpenTopicsQuery, "problems.openData.checkQuery");
  if (query.format === "csv") {
    const { topics } = await listPublishedTopics({ limit: null, status: query.status });
    return { csv: topicsCsv(topics), filename: "topics.csv" };
  }
  const { topics, nextKey } = await listPublishedTopics(query);
  const page: OpenTopicPage = { data: topics, next: nextLink(request, nextKey), licence: OPEN_DATA_LICENCE };
  return { json: page };
});

export const OPTIONS = openDataPreflight;
