import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { surveys, surveyThemes, topics, topicThemes } from "@/lib/db/schema";

// Written with explicit aliases: in a query on one table Drizzle leaves column names unqualified,
// and an unqualified "id" inside a subquery would mean the subquery's own table.

/** Topics in one theme; every topic when themeId is null. */
export function topicInTheme(themeId: string | null): SQL | undefined {
  return themeId === null ? undefined : sql`exists (select 1 from ${topicThemes} tt where tt.topic_id = ${topics}.id and tt.theme_id = ${themeId})`;
}

/** Surveys in one theme; every survey when themeId is null. */
export function surveyInTheme(themeId: string | null): SQL | undefined {
  return themeId === null ? undefined : sql`exists (select 1 from ${surveyThemes} st where st.survey_id = ${surveys}.id and st.theme_id = ${themeId})`;
}
