import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { surveys, surveyThemes, topics, topicThemes } from "@/lib/db/schema";

/** Topics in one theme; every topic when themeId is null. */
export function topicInTheme(themeId: string | null): SQL | undefined {
  return themeId === null ? undefined : sql`exists (select 1 from ${topicThemes} where ${topicThemes.topicId} = ${topics.id} and ${topicThemes.themeId} = ${themeId})`;
}

/** Surveys in one theme; every survey when themeId is null. */
export function surveyInTheme(themeId: string | null): SQL | undefined {
  return themeId === null ? undefined : sql`exists (select 1 from ${surveyThemes} where ${surveyThemes.surveyId} = ${surveys.id} and ${surveyThemes.themeId} = ${themeId})`;
}
