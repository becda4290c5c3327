import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { DECISIONS, type ModerationStats } from "@/lib/domain/dashboard/figures";
import { queryRows } from "@/lib/server/shared/query-rows";

const DECISION_DAYS = 30;

/** Whole seconds are plenty: the figures are shown in minutes, hours and days. */
const seconds = z.coerce.number().nullable().transform((value) => (value === null ? null : Math.round(value)));
const ZStats = z.object({
  approve: z.coerce.number().int(),
  reject: z.coerce.number().int(),
  hide: z.coerce.number().int(),
  restore: z.coerce.number().int(),
  timed: z.coerce.number().int(),
  medianSeconds: seconds,
  p90Seconds: seconds,
  oldestWaitingSeconds: seconds,
});


/**
 * Moderation decisions of the last 30 days, from the audit log (one row per comment decided), and
 * how long each waited: a held comment from when it was written, a reported one from its first
 * report since any earlier decision on it (from when it was written if it had none). Restoring a
 * removed comment reverses an earlier decision and is counted but not timed.
 */
export async function getModerationStats(now = new Date()): Promise<ModerationStats> {
  const until = now.toISOString();
  const [row] = await queryRows(
    getDb(),
    sql`
      with decisions as (
        select a.subject_id, substr(a.action, 9) as decision, a.created_at as decided_at, a.details->>'from' as from_status
        from audit_log a
        where a.subject_type = 'comment' and a.action in ('comment.approve', 'comment.reject', 'comment.hide', 'comment.restore')
          and a.created_at >= ${until}::timestamptz - ${sql.raw(`interval '${DECISION_DAYS} days'`)} and a.created_at < ${until}::timestamptz
      ),
      waits as (
        select extract(epoch from d.decided_at - case
          when d.from_status = 'held' then c.created_at
          else coalesce((
            select min(f.created_at) from comment_flags f
            where f.comment_id = c.id and f.created_at <= d.decided_at
              and f.created_at > coalesce((
                select max(p.created_at) from audit_log p
                where p.subject_type = 'comment' and p.subject_id = d.subject_id and p.created_at < d.decided_at and p.action like 'comment.%'
              ), '-infinity'::timestamptz)
          ), c.created_at)
        end) as waited
        from decisions d join comments c on c.id = d.subject_id::uuid
        where d.from_status in ('held', 'published')
      ),
      counted as (
        select
          count(*) filter (where decision = 'approve') as approve,
          count(*) filter (where decision = 'reject') as reject,
          count(*) filter (where decision = 'hide') as hide,
          count(*) filter (where decision = 'restore') as restore
        from decisions
      ),
      timing as (
        select count(*) as timed,
          percentile_cont(0.5) within group (order by waited) as "medianSeconds",
          percentile_cont(0.9) within group (order by waited) as "p90Seconds"
        from waits
      ),
      oldest as (
        select extract(epoch from ${until}::timestamptz - min(created_at)) as "oldestWaitingSeconds" from comments where status = 'held' and created_at <= ${until}::timestamptz
      )
      select * from counted, timing, oldest`,
    ZStats,
  );
  if (!row) throw new Error("getModerationStats: the figures query returned no row");
  const decisions = { approve: row.approve, reject: row.reject, hide: row.hide, restore: row.restore };
  return {
    decisions,
    totalDecisions: DECISIONS.reduce((sum, decision) => sum + decisions[decision], 0),
    timed: row.timed,
    medianSeconds: row.medianSeconds,
    p90Seconds: row.p90Seconds,
    oldestWaitingSeconds: row.oldestWaitingSeconds,
  };
}
