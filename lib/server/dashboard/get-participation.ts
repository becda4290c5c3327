import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { queryRows } from "@/lib/server/surveys/results/response-filter";
import { commentScope, responseScope, type ParticipationFilters } from "./participation-scope";

export const PARTICIPATION_WEEKS = 12;
/** Weeks run Monday to Sunday, in the council's local time. */
export const DASHBOARD_TIME_ZONE = "Europe/London";

const ZWeek = z.object({
  weekStart: z.string(),
  comments: z.coerce.number().int(),
  responses: z.coerce.number().int(),
  newParticipants: z.coerce.number().int(),
});
export type ParticipationWeek = z.output<typeof ZWeek>;
export const PARTICIPATION_SERIES = ["comments", "responses", "newParticipants"] as const;
export type ParticipationSeries = (typeof PARTICIPATION_SERIES)[number];

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
 * Each count is one GROUP BY over an index range (comments by status and date, responses by survey,
 * status and date); first participation is one pass over the people who have an account.
 */
export async function getParticipation(filters: ParticipationFilters = {}, now = new Date()): Promise<Participation> {
  const zone = DASHBOARD_TIME_ZONE;
  const comments = commentScope(filters);
  const responses = responseScope(filters);
  const week = (column: string) => sql.raw(`date_trunc('week', ${column} at time zone '${zone}')`);
  const weeks = await queryRows(
    getDb(),
    sql`
      with bounds as (
        select this_week - ${sql.raw(`interval '${PARTICIPATION_WEEKS - 1} weeks'`)} as first_week, this_week + interval '1 week' as after_week
        from (select date_trunc('week', ${now.toISOString()}::timestamptz at time zone ${zone}) as this_week) as here
      ),
      span as (
        select (first_week at time zone ${zone}) as starts, (after_week at time zone ${zone}) as ends from bounds
      ),
      weeks as (
        select generate_series(first_week, after_week - interval '1 week', interval '1 week') as week from bounds
      ),
      comment_weeks as (
        select ${week("c.created_at")} as week, count(*) as total
        from comments c, span
        where c.status = 'published' and c.created_at >= span.starts and c.created_at < span.ends and ${comments}
        group by 1
      ),
      response_weeks as (
        select ${week("r.submitted_at")} as week, count(*) as total
        from survey_responses r, span
        where r.status = 'submitted' and r.submitted_at >= span.starts and r.submitted_at < span.ends and ${responses}
        group by 1
      ),
      firsts as (
        select person, min(at) as first_at
        from (
          select c.author_id as person, c.created_at as at from comments c, span
          where c.status = 'published' and c.author_id is not null and c.created_at < span.ends and ${comments}
          union all
          select r.respondent_id, r.submitted_at from survey_responses r, span
          where r.status = 'submitted' and r.respondent_id is not null and r.submitted_at < span.ends and ${responses}
        ) as taking_part
        group by person
      ),
      newcomer_weeks as (
        select ${week("first_at")} as week, count(*) as total
        from firsts, span where first_at >= span.starts
        group by 1
      )
      select to_char(weeks.week, 'YYYY-MM-DD') as "weekStart",
        coalesce(comment_weeks.total, 0) as comments,
        coalesce(response_weeks.total, 0) as responses,
        coalesce(newcomer_weeks.total, 0) as "newParticipants"
      from weeks
        left join comment_weeks on comment_weeks.week = weeks.week
        left join response_weeks on response_weeks.week = weeks.week
        left join newcomer_weeks on newcomer_weeks.week = weeks.week
      order by weeks.week`,
    ZWeek,
  );
  const total = (key: ParticipationSeries) => weeks.reduce((sum, week) => sum + week[key], 0);
  return { weeks, totals: { comments: total("comments"), responses: total("responses"), newParticipants: total("newParticipants") } };
}
