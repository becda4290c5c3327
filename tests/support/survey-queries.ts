import { asc, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { surveyResponses, surveyTallies } from "@/lib/db/schema";

/** Every response to a survey, oldest first. */
export async function responseRows(surveyId: string) {
  return getDb().select().from(surveyResponses).where(eq(surveyResponses.surveyId, surveyId)).orderBy(asc(surveyResponses.startedAt), asc(surveyResponses.id));
}

/** A survey's tallies as { "question|choice": count }, leaving out zero counts. */
export async function tallies(surveyId: string): Promise<Record<string, number>> {
  const rows = await getDb().select().from(surveyTallies).where(eq(surveyTallies.surveyId, surveyId));
  return Object.fromEntries(rows.filter((row) => row.count !== 0).map((row) => [`${row.questionKey}|${row.choice}`, row.count]));
}
