import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { can } from "@/lib/domain/access/policy";
import { ROLES } from "@/lib/domain/access/roles";
import type { EqualitiesScope } from "@/lib/validations/equalities";

/** Whose taking part counts: the people who may be asked (residents, employers, partners), never staff. */
const COUNTED_ROLES = ROLES.filter((role) => can(role, "equalities:invited"));

/** Comments that count as taking part (alias c): published, or waiting for moderation. */
const COUNTED_COMMENT = sql`c.status in ('published', 'held') and c.author_id is not null`;
/** Responses that count (alias r): submitted and linked to a person (named surveys; anonymous ones are linked to no one). */
const COUNTED_RESPONSE = sql`r.status = 'submitted' and r.respondent_id is not null`;

function commenters(where: SQL): SQL {
  return sql`select c.author_id as id from comments c where ${COUNTED_COMMENT} and ${where}`;
}

function respondents(where: SQL): SQL {
  return sql`select r.respondent_id as id from survey_responses r where ${COUNTED_RESPONSE} and ${where}`;
}

/** Everyone who took part in the scope, by user id, each once (a subquery with one column, `id`). */
function takingPart(scope: EqualitiesScope): SQL {
  switch (scope.kind) {
    case "topic":
      return commenters(sql`c.topic_id = ${scope.id}::uuid`);
    case "survey":
      return respondents(sql`r.survey_id = ${scope.id}::uuid`);
    case "theme":
      return sql`${commenters(sql`exists (select 1 from topic_themes tt where tt.topic_id = c.topic_id and tt.theme_id = ${scope.id}::uuid)`)}
        union ${respondents(sql`exists (select 1 from survey_themes st where st.survey_id = r.survey_id and st.theme_id = ${scope.id}::uuid)`)}`;
    case "neighbourhood":
    case "all":
      return sql`${commenters(sql`true`)} union ${respondents(sql`true`)}`;
  }
}

/**
 * The scope's participants as a subquery of user ids: distinct people of the counted roles; for a
 * neighbourhood, those whose profile gives it as theirs and who took part in anything.
 */
export function participantsOf(scope: EqualitiesScope): SQL {
  const place = scope.kind === "neighbourhood" ? sql`and u.neighbourhood_id = ${scope.id}::uuid` : sql``;
  return sql`select distinct u.id from users u
    where u.id in (${takingPart(scope)}) and u.role in (${sql.join(
      COUNTED_ROLES.map((role) => sql`${role}`),
      sql`, `,
    )}) ${place}`;
}
