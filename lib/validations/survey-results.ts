import { z } from "zod";
import { RESPONSE_CHANNELS } from "@/lib/domain/surveys/offline/channels";
import { SIC_CODES, SIZE_BAND_CODES, type SicSection, type SizeBand } from "@/lib/domain/surveys/organisation";

export const CROSS_TAB_DIMENSIONS = ["sector", "size", "neighbourhood"] as const;
export type CrossTabDimension = (typeof CROSS_TAB_DIMENSIONS)[number];

const sector = z.enum(SIC_CODES as [SicSection, ...SicSection[]], { error: "validation.surveyResults.sector" });
const size = z.enum(SIZE_BAND_CODES as [SizeBand, ...SizeBand[]], { error: "validation.surveyResults.size" });
const neighbourhood = z.uuid({ error: "validation.choose.neighbourhood" });
const channel = z.enum(RESPONSE_CHANNELS, { error: "validation.surveyResults.channel" });

/** An empty query-string value means "any": `?sector=&size=small` filters by size only. */
const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

/** The export route's query string: strict, so a mistyped filter is refused rather than ignored. */
export const ZExportQuery = z.object({
  sector: z.preprocess(blankToUndefined, sector.optional()),
  size: z.preprocess(blankToUndefined, size.optional()),
  neighbourhood: z.preprocess(blankToUndefined, neighbourhood.optional()),
  channel: z.preprocess(blankToUndefined, channel.optional()),
});
/** Which responses the results and exports count: by the organisation's sector, size and place, and by how they came in. */
export type TResponseFilters = z.output<typeof ZExportQuery>;

export const EXPORT_FILES = { "responses.csv": "csv", "responses.xlsx": "xlsx" } as const;
export type ExportFormat = (typeof EXPORT_FILES)[keyof typeof EXPORT_FILES];
export const ZExportFile = z.enum(Object.keys(EXPORT_FILES) as [keyof typeof EXPORT_FILES, ...(keyof typeof EXPORT_FILES)[]]);

/** The results page's query string: anything malformed is ignored, as on the topic list. */
export const ZResultsQuery = z.object({
  sector: sector.optional().catch(undefined),
  size: size.optional().catch(undefined),
  neighbourhood: neighbourhood.optional().catch(undefined),
  channel: channel.optional().catch(undefined),
  by: z.enum(CROSS_TAB_DIMENSIONS).optional().catch(undefined),
  /** The free-text question being searched or paged. */
  text: z.string().regex(/^[a-z][a-z0-9_]{0,39}(\.other)?$/).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type TResultsQuery = z.output<typeof ZResultsQuery>;

export function filtersOf(query: TResponseFilters): TResponseFilters {
  return { sector: query.sector, size: query.size, neighbourhood: query.neighbourhood, channel: query.channel };
}

export function hasFilters(filters: TResponseFilters): boolean {
  return Boolean(filters.sector || filters.size || filters.neighbourhood || filters.channel);
}

/** The filters as a query string ("" when none), for links that keep them. */
export function filtersQueryString(filters: TResponseFilters): string {
  const params = new URLSearchParams();
  for (const key of ["sector", "size", "neighbourhood", "channel"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Publishing or withdrawing the public results summary. */
export const ZPublishResults = z.object({
  surveyId: z.uuid("validation.ids.survey"),
  publish: z.enum(["yes", "no"]),
});
