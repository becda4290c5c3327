import "server-only";
import { and, eq, type SQL } from "drizzle-orm";
import { surveyResponses } from "@/lib/db/schema";
import type { TResponseFilters } from "@/lib/validations/survey-results";

/** The responses of one survey that match the filters (drafts too unless `submittedOnly`). */
export function responsesWhere(surveyId: string, filters: TResponseFilters, submittedOnly = true): SQL {
  const conditions: (SQL | undefined)[] = [
    eq(surveyResponses.surveyId, surveyId),
    submittedOnly ? eq(surveyResponses.status, "submitted") : undefined,
    filters.sector ? eq(surveyResponses.sector, filters.sector) : undefined,
    filters.size ? eq(surveyResponses.sizeBand, filters.size) : undefined,
    filters.neighbourhood ? eq(surveyResponses.neighbourhoodId, filters.neighbourhood) : undefined,
    filters.channel ? eq(surveyResponses.channel, filters.channel) : undefined,
  ];
  return and(...conditions) ?? eq(surveyResponses.surveyId, surveyId);
}
