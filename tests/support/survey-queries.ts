import { asc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { surveyResponses } from "@/lib/db/schema";
import { readTallies } from "@/lib/server/surveys/tallies/read-tally-slice";

/** Every response to a survey, oldest first. */
export async function responseRows(surveyId: string) {
  return getDb().select().from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId)).orderBy(asc(surveyResponses.startedAt), asc(surveyResponses.id));
}

/** A survey's tallies (folded and not) as { "question|choice": count }, leaving out zero counts. */
export async function tallies(surveyId: string): Promise<Record<string, number>> {
  const rows = await readTallies(getDb(), surveyId);
  return Object.fromEntries(rows.filter((row) => row.count !== 0).map((row) => [`${row.questionKey}|${row.choice}`, row.count]));
}
