import "server-only";
import { sql, type SQL } from "drizzle-orm";

/** What the participation figures count: everything, or one theme and/or one neighbourhood. */
export interface ParticipationFilters {
  themeId?: string;
  neighbourhoodId?: string;
}

const TRUE = sql`true`;

/**
 * The filters on comments (alias c): those on topics with the theme, or about the neighbourhood.
 * Each is an EXISTS on the topic link's primary key, so no row is counted twice.
 */
export function commentScope(filters: ParticipationFilters): SQL {
  const theme = filters.themeId ? sql`exists (select 1 from topic_themes tt where tt.topic_id = c.topic_id and tt.theme_id = ${filters.themeId}::uuid)` : TRUE;
  const place = filters.neighbourhoodId
    ? sql`exists (select 1 from topic_neighbourhoods tn where tn.topic_id = c.topic_id and tn.neighbourhood_id = ${filters.neighbourhoodId}::uuid)`
    : TRUE;
  return sql`${theme} and ${place}`;
}

/**
 * The filters on survey responses (alias r): responses to surveys with the theme; and responses
 * whose organisation is in the neighbourhood. Only surveys that ask for organisation details record
 * a place, so other responses are left out when a neighbourhood is chosen.
 */
export function responseScope(filters: ParticipationFilters): SQL {
  const theme = filters.themeId ? sql`exists (select 1 from survey_themes st where st.survey_id = r.survey_id and st.theme_id = ${filters.themeId}::uuid)` : TRUE;
  const place = filters.neighbourhoodId ? sql`r.neighbourhood_id = ${filters.neighbourhoodId}::uuid` : TRUE;
  return sql`${theme} and ${place}`;
}
