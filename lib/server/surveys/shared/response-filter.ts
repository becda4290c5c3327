import "server-only";
import { and, eq, ne, type SQL } from "drizzle-orm";
import { surveyResponses } from "@/lib/db/schema";
import type { TResponseFilters } from "@/lib/validations/survey-results";

/** The filters, where a channel may also be "offline": every channel but the website (those officers entered). */
export type ResponseScope = Omit<TResponseFilters, "channel"> & { channel?: TResponseFilters["channel"] | "offline" };

/** The responses of one survey that match the filters (drafts too unless `submittedOnly`). */
export function responsesWhere(surveyId: string, filters: ResponseScope, submittedOnly = true): SQL {
  const conditions: (SQL | undefined)[] = [
    eq(surveyResponses.surveyId, surveyId),
    submittedOnly ? eq(surveyResponses.status, "submitted") : undefined,
    filters.sector ? eq(surveyResponses.sector, filters.sector) : undefined,
    filters.size ? eq(surveyResponses.sizeBand, filters.size) : undefined,
    filters.neighbourhood ? eq(surveyResponses.neighbourhoodId, filters.neighbourhood) : undefined,
    filters.channel === "offline" ? ne(surveyResponses.channel, "web") : filters.channel ? eq(surveyResponses.channel, filters.channel) : undefined,
  ];
  return and(...conditions) ?? eq(surveyResponses.surveyId, surveyId);
}
