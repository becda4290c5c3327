import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { surveyResponses, surveys, surveyTallies, surveyTallyDeltas } from "@/lib/db/schema";
import { ANSWERED, RESPONSES_KEY } from "@/lib/domain/surveys/tallies";

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
 * who started, the share who submitted. Submitted responses are the tallies' count (survey_tallies
 * and the deltas not folded into it yet); unfinished ones are counted on the drafts' index.
 */
export async function getSurveyRates(): Promise<SurveyRate[]> {
  const rows = await getDb()
    .select({
      id: surveys.id,
      title: surveys.title,
      closesAt: surveys.closesAt,
      // Folded into the tallies, plus the submissions not folded yet (one delta each).
      submitted: sql<number>`coalesce(${surveyTallies.count}, 0) + (select count(*) from ${surveyTallyDeltas} where ${surveyTallyDeltas.surveyId} = ${surveys.id})`.mapWith(Number),
      unfinished: sql<number>`(select count(*) from ${surveyResponses} where ${surveyResponses.surveyId} = ${surveys.id} and ${surveyResponses.status} = 'draft')`.mapWith(Number),
    })
    .from(surveys)
    .leftJoin(surveyTallies, and(eq(surveyTallies.surveyId, surveys.id), eq(surveyTallies.questionKey, RESPONSES_KEY), eq(surveyTallies.choice, ANSWERED)))
    .where(eq(surveys.status, "open"))
    .orderBy(sql`${surveys.closesAt} asc nulls last`, asc(surveys.title));
  return rows.map((row) => {
    const started = row.submitted + row.unfinished;
    return { ...row, completionRate: started > 0 ? row.submitted / started : null };
  });
}
