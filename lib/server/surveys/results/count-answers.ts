import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/client";
import { surveyResponses } from "@/lib/db/schema";
import { allQuestions, type SurveyDefinition } from "@/lib/domain/surveys/definition";
import { ANSWERED, RESPONSES_KEY } from "@/lib/domain/surveys/tallies";
import type { CrossTabDimension } from "@/lib/validations/survey-results";
import { queryRows } from "@/lib/server/shared/query-rows";
import { responsesWhere, type ResponseScope } from "@/lib/server/surveys/shared/response-filter";

/** Question types whose single value is counted by value, as `tallyKeys` counts them. */
const VALUED_TYPES = new Set(["single_choice", "dropdown", "yes_no", "consent", "scale", "number"]);

const DIMENSION_COLUMN: Record<CrossTabDimension, SQL> = {
  sector: sql`${surveyResponses.sector}`,
  size: sql`${surveyResponses.sizeBand}::text`,
  neighbourhood: sql`${surveyResponses.neighbourhoodId}::text`,
};

export const ZGroupedRow = z.object({ dim: z.string().nullable(), questionKey: z.string(), choice: z.string(), count: z.number().int() });
export type GroupedCountRow = z.output<typeof ZGroupedRow>;

const list = (values: string[]) => (values.length ? sql.join(values.map((value) => sql`${value}`), sql`, `) : sql`null`);

/**
 * Counts in the tallies' shape, aggregated in SQL over the submitted responses that match the
 * filters, optionally grouped by a dimension (`dim`): one query for every question of every kind.
 */
export async function countResponses(
  executor: Executor,
  surveyId: string,
  definition: SurveyDefinition,
  filters: ResponseScope,
  dimension?: CrossTabDimension,
): Promise<GroupedCountRow[]> {
  const questions = allQuestions(definition).map(({ question }) => question);
  const questionIds = questions.map((question) => question.id);
  const valued = questions.filter((question) => VALUED_TYPES.has(question.type)).map((question) => question.id);
  const dim = dimension ? DIMENSION_COLUMN[dimension] : sql`''::text`;
  const query = sql`
    with r as (
      select ${dim} as dim, ${surveyResponses.answers} as answers, ${surveyResponses.sector} as sector,
             ${surveyResponses.sizeBand}::text as size_band, ${surveyResponses.neighbourhoodId}::text as neighbourhood_id
      from ${surveyResponses} where ${responsesWhere(surveyId, filters)}
    ),
    e as (
      select r.dim, a.key, a.value from r cross join lateral jsonb_each(r.answers) a
      where a.key in (${list(questionIds)})
        and case jsonb_typeof(a.value)
          when 'string' then a.value #>> '{}' <> ''
          when 'array' then jsonb_array_length(a.value) > 0
          when 'object' then a.value <> '{}'::jsonb
          when 'null' then false
          else true end
    )
    select dim, ${RESPONSES_KEY}::text as "questionKey", ${ANSWERED}::text as choice, count(*)::int as count from r group by dim
    union all select dim, 'org.sector', sector, count(*)::int from r where sector is not null group by dim, sector
    union all select dim, 'org.size', size_band, count(*)::int from r where size_band is not null group by dim, size_band
    union all select dim, 'org.neighbourhood', neighbourhood_id, count(*)::int from r where neighbourhood_id is not null group by dim, neighbourhood_id
    union all select dim, key, ${ANSWERED}::text, count(*)::int from e group by dim, key
    union all select dim, key, value #>> '{}', count(*)::int from e
      where jsonb_typeof(value) in ('string', 'number') and key in (${list(valued)}) group by dim, key, value #>> '{}'
    union all select e.dim, e.key, x.value, count(*)::int from e cross join lateral jsonb_array_elements_text(e.value) x
      where jsonb_typeof(e.value) = 'array' group by e.dim, e.key, x.value
    union all select e.dim, e.key || '.' || g.key, ${ANSWERED}::text, count(*)::int from e cross join lateral jsonb_each(e.value) g
      where jsonb_typeof(e.value) = 'object' group by e.dim, e.key || '.' || g.key
    union all select e.dim, e.key || '.' || g.key, g.value #>> '{}', count(*)::int from e cross join lateral jsonb_each(e.value) g
      where jsonb_typeof(e.value) = 'object' group by e.dim, e.key || '.' || g.key, g.value #>> '{}'`;
  return queryRows(executor, query, ZGroupedRow);
}
