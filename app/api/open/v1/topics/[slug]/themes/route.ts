import { openDataPreflight, openDataRoute } from "@/lib/auth/open-data-route";
import { parseQuery } from "@/lib/auth/route";
import { OPEN_DATA_LICENCE } from "@/lib/domain/open-data/licence";
import { themeCountsCsv } from "@/lib/domain/open-data/open-data-csv";
import { getTopicThemeCounts } from "@/lib/server/open-data/get-topic-theme-counts";
import { ZOpenFormatQuery, type OpenThemeCountsItem } from "@/lib/validations/open-data";

export const dynamic = "force-dynamic";

/**
 * A published topic's published comments counted by analysed theme, small numbers suppressed:
 *   GET /api/open/v1/topics/<slug>/themes[?format=csv]
 * 200 { data, licence } (or <slug>-themes.csv); 404 for a draft or an unknown slug.
 */
export const GET = openDataRoute<{ slug: string }>(async (request, { slug }) => {
  const { format } = parseQuery(request, ZOpenFormatQuery, "problems.openData.checkQuery");
  const counts = await getTopicThemeCounts(slug);
  if (format === "csv") return { csv: themeCountsCsv(counts), filename: `${counts.topic.slug}-themes.csv` };
  const item: OpenThemeCountsItem = { data: counts, licence: OPEN_DATA_LICENCE };
  return { json: item };
});

export const OPTIONS = openDataPreflight;
