import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import type { ParticipationSeries } from "@/lib/domain/dashboard/figures";
import { queryRows } from "@/lib/server/shared/query-rows";
import { commentScope, responseScope, type ParticipationFilters } from "@/lib/server/dashboard/shared/participation-scope";

const PARTICIPATION_WEEKS = 12;
/** Weeks run Monday to Sunday, in the council's local time. */
const DASHBOARD_TIME_ZONE = "Europe/London";

const ZWeek = z.object({
  weekStart: z.string(),
  comments: z.coerce.number().int(),
  responses: z.coerce.number().int(),
  newParticipants: z.coerce.number().int(),
});
export type ParticipationWeek = z.output<typeof ZWeek>;

export interface Participation {
  weeks: ParticipationWeek[];
  /** The twelve weeks together: each new participant is in one week only, so these add up. */
  totals: Record<ParticipationSeries, number>;
}

/**
 * Participation per week for the last 12 weeks (this one included), every week present even when
 * nothing happened in it:
 * - comments: published comments, by when they were written;
 * - responses: submitted survey responses, anonymous ones included, by when they were submitted;
 * - new participants: people whose first published comment or first named response (within the
 *   filters) falls in that week. Anonymous responses keep no person, so they add no participant.
 * One pass over each table: published comments (by the status and date index) and submitted
 * responses up to the end of this week, each row put in its week by a binary search of the weeks'
 * first moments (width_bucket), and grouped by person for first participation.
 */
export async function getParticipation(filters: ParticipationFilters = {}, now = new Date()): Promise<Participation> {
  const zone = DASHBOARD_TIME_ZONE;
  const weeks = await queryRows(
    getDb(),
    sql`
      with this_week as (
        select date_trunc('week', ${now.toISOString()}::timestamptz at time zone ${zone}) as monday
      ),
      weeks as (
        select row_number() over (order by week) as n, week, (week at time zone ${zone}) as starts
        from this_week, generate_series(monday - ${sql.raw(`interval '${PARTICIPATION_WEEKS - 1} weeks'`)}, monday + interval '1 week', interval '1 week') as week
      ),
      span as (
        select array_agg(starts order by starts) as edges, min(starts) as starts, max(starts) as ends from weeks
      ),
      commented as materialized (
        select c.created_at as at, c.author_id as person from comments c, span
        where c.status = 'published' and c.created_at < span.ends and ${commentScope(filters)}
      ),
      responded as materialized (
        select r.submitted_at as at, r.respondent_id as person from survey_responses r, span
        where r.status = 'submitted' and r.submitted_at < span.ends and ${responseScope(filters)}
      ),
      firsts as (
        select min(at) as at from (
          select person, at from commented where person is not null
          union all
          select person, at from responded where person is not null
        ) as taking_part
        group by person
      ),
      counted as (
        select 'comments' as series, width_bucket(at, span.edges) as n, count(*) as total from commented, span where at >= span.starts group by 2
        union all
        select 'responses', width_bucket(at, span.edges), count(*) from responded, span where at >= span.starts group by 2
        union all
        select 'newParticipants', width_bucket(at, span.edges), count(*) from firsts, span where at >= span.starts group by 2
      )
      select to_char(weeks.week, 'YYYY-MM-DD') as "weekStart",
        coalesce(sum(total) filter (where series = 'comments'), 0) as comments,
        coalesce(sum(total) filter (where series = 'responses'), 0) as responses,
        coalesce(sum(total) filter (where series = 'newParticipants'), 0) as "newParticipants"
      from weeks left join counted using (n)
      where weeks.n <= ${PARTICIPATION_WEEKS}
      group by weeks.week
      order by weeks.week`,
    ZWeek,
  );
  const total = (key: ParticipationSeries) => weeks.reduce((sum, week) => sum + week[key], 0);
  return { weeks, totals: { comments: total("comments"), responses: total("responses"), newParticipants: total("newParticipants") } };
}
