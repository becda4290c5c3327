import "server-only";
import { asc, count, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { surveyResponses, surveys } from "@/lib/db/schema";

export interface SurveyRate {
  id: string;
  title: string;
  closesAt: Date | null;
  submitted: number;
  /** Started and not (yet) submitted. */
  unfinished: number;
  /** submitted / (submitted + unfinished), 0 to 1; null when nobody has started. */
  completionRate: number | null;
}

/**
 * The open surveys with how many responses were submitted and how many were started but not
 * finished. No survey records the size of its audience, so the rate is a completion rate: of those
 * who started, the share who submitted. Counted from the (survey, status, section) index.
 */
export async function getSurveyRates(): Promise<SurveyRate[]> {
  const rows = await getDb()
    .select({
      id: surveys.id,
      title: surveys.title,
      closesAt: surveys.closesAt,
      submitted: sql<number>`count(*) filter (where ${surveyResponses.status} = 'submitted')`.mapWith(Number),
      unfinished: sql<number>`count(*) filter (where ${surveyResponses.status} = 'draft')`.mapWith(Number),
      started: count(surveyResponses.id),
    })
    .from(surveys)
    .leftJoin(surveyResponses, eq(surveyResponses.surveyId, surveys.id))
    .where(eq(surveys.status, "open"))
    .groupBy(surveys.id)
    .orderBy(sql`${surveys.closesAt} asc nulls last`, asc(surveys.title));
  return rows.map(({ started, ...row }) => ({ ...row, completionRate: started > 0 ? row.submitted / started : null }));
}
