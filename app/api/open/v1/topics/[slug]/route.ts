import { openDataPreflight, openDataRoute } from "@/lib/auth/open-data-route";
import { OPEN_DATA_LICENCE } from "@/lib/domain/open-data/licence";
import { getPublishedTopic } from "@/lib/server/open-data/get-published-topic";
import type { OpenTopicItem } from "@/lib/validations/open-data";

export const dynamic = "force-dynamic";

/** One published topic: GET /api/open/v1/topics/<slug>. 200 { data, licence }; 404 for a draft or an unknown slug. */
export const GET = openDataRoute<{ slug: string }>(async (_request, { slug }) => {
  const item: OpenTopicItem = { data: await getPublishedTopic(slug), licence: OPEN_DATA_LICENCE };
  return { json: item };
});

export const OPTIONS = openDataPreflight;
