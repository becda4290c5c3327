import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { sliceDimensions, type TallySlice } from "@/lib/domain/surveys/results/tally-slice";
import type { CrossTabDimension } from "@/lib/validations/survey-results";
import { queryRows } from "@/lib/server/shared/query-rows";
import { ZGroupedRow, type GroupedCountRow } from "@/lib/server/surveys/results/count-answers";


/** Each dimension's column in survey_tally_deltas. */
const DELTA_COLUMN: Record<CrossTabDimension, SQL> = {
  sector: sql.raw("d.sector"),
  size: sql.raw("d.size_band"),
  neighbourhood: sql.raw("d.neighbourhood_id"),
};

const valueOf = (slice: TallySlice, dimension: CrossTabDimension) => slice.fixed.find(([named]) => named === dimension)?.[1];

/** The conditions on one table's (dimension, value) columns for one of the slice's dimensions. */
function dimensionPart(slice: TallySlice, dimension: CrossTabDimension, dimensionColumn: SQL, valueColumn: SQL): { where: SQL[]; dim: SQL | null } {
  const value = valueOf(slice, dimension);
  const where = [sql`${dimensionColumn} = ${dimension}`];
  if (value !== undefined) where.push(sql`${valueColumn} = ${value}`);
  return { where, dim: slice.grouped === dimension ? valueColumn : null };
}

/** The folded counts of the slice: survey_tallies, survey_dimension_tallies or survey_pair_tallies by how many dimensions it names. */
function foldedPart(surveyId: string, slice: TallySlice): SQL {
  const [first, second, third] = sliceDimensions(slice);
  if (third) throw new Error("Three dimensions are not tallied: count the responses");
  if (!first) return sql`select null::text as dim, question_key, choice, count from survey_tallies t where t.survey_id = ${surveyId}`;
  if (!second) {
    const part = dimensionPart(slice, first, sql.raw("t.dimension"), sql.raw("t.value"));
    return sql`select ${part.dim ?? sql`null::text`} as dim, question_key, choice, count from survey_dimension_tallies t
      where t.survey_id = ${surveyId} and ${sql.join(part.where, sql` and `)}`;
  }
  const one = dimensionPart(slice, first, sql.raw("t.first_dimension"), sql.raw("t.first_value"));
  const two = dimensionPart(slice, second, sql.raw("t.second_dimension"), sql.raw("t.second_value"));
  return sql`select ${one.dim ?? two.dim ?? sql`null::text`} as dim, question_key, choice, count from survey_pair_tallies t
    where t.survey_id = ${surveyId} and ${sql.join([...one.where, ...two.where], sql` and `)}`;
}

/** The same counts from the deltas not folded yet: each delta is one response, with its keys. */
function pendingPart(surveyId: string, slice: TallySlice): SQL {
  const where = [sql`d.survey_id = ${surveyId}`, ...slice.fixed.map(([dimension, value]) => sql`${DELTA_COLUMN[dimension]} = ${value}`)];
  const dim = slice.grouped ? DELTA_COLUMN[slice.grouped] : sql`null::text`;
  if (slice.grouped) where.push(sql`${dim} is not null`);
  return sql`select ${dim} as dim, k.question_key, k.choice, count(*)::int as count
    from survey_tally_deltas d cross join lateral unnest(d.question_keys, d.choices) as k(question_key, choice)
    where ${sql.join(where, sql` and `)} group by 1, 2, 3`;
}

/**
 * A slice's counts: the folded tallies plus the deltas not folded yet, in one statement, so a fold
 * committing meanwhile is seen wholly or not at all (never counted twice, never missed). Exact at
 * every moment: a submission counts as soon as it commits.
 */
/** Counts in the tallies' shape; `dim` is the grouped dimension's value (null when not grouped). */
export async function readTallySlice(executor: Executor, surveyId: string, slice: TallySlice): Promise<GroupedCountRow[]> {
  const query = sql`
    select dim, question_key as "questionKey", choice, sum(count)::int as count
    from (${foldedPart(surveyId, slice)} union all ${pendingPart(surveyId, slice)}) counts
    group by dim, question_key, choice`;
  return queryRows(executor, query, ZGroupedRow);
}

/** Every submitted response's counts (no filter, not grouped): what the unfiltered results read. */
export function readTallies(executor: Executor, surveyId: string): Promise<GroupedCountRow[]> {
  return readTallySlice(executor, surveyId, { fixed: [], grouped: null });
}
