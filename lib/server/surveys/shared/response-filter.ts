import "server-only";
import { and, eq, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/client";
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
  ];
  return and(...conditions) ?? eq(surveyResponses.surveyId, surveyId);
}

const ZRawResult = z.union([z.array(z.unknown()), z.object({ rows: z.array(z.unknown()) })]);

/** Runs a raw query and checks its rows: PGlite and postgres.js shape their results differently. */
export async function queryRows<S extends z.ZodType>(executor: Executor, query: SQL, row: S): Promise<z.output<S>[]> {
  const result = ZRawResult.parse(await executor.execute(query));
  return z.array(row).parse(Array.isArray(result) ? result : result.rows);
}
