import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Database, type Executor } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { queryRows } from "@/lib/server/shared/query-rows";

/** Deltas taken per statement: a fold never holds more than this many rows' work at once. */
const FOLD_BATCH = 5000;
/** A fold of at least this many deltas vacuums the table after it (autovacuum's threshold there too). */
const VACUUM_AFTER = 1000;

/**
 * Takes up to `batch` of the oldest deltas (deleting them) and adds what they count to the three
 * tallies, in one statement. The deltas are first summed per cell (survey, sector, size band,
 * neighbourhood, key, choice), so each tally row is written once however many responses share it.
 */
function foldStatement(batch: number) {
  return sql`
    with taken as (
      delete from survey_tally_deltas
      where id in (select id from survey_tally_deltas order by id limit ${batch} for update skip locked)
      returning survey_id, sector, size_band, neighbourhood_id, question_keys, choices
    ),
    cells as materialized (
      select t.survey_id, t.sector, t.size_band, t.neighbourhood_id, k.question_key, k.choice, count(*)::int as count
      from taken t cross join lateral unnest(t.question_keys, t.choices) as k(question_key, choice)
      group by 1, 2, 3, 4, 5, 6
    ),
    overall as (
      insert into survey_tallies (survey_id, question_key, choice, count)
      select survey_id, question_key, choice, sum(count)::int from cells group by 1, 2, 3
      on conflict (survey_id, question_key, choice) do update set count = survey_tallies.count + excluded.count
    ),
    single as (
      insert into survey_dimension_tallies (survey_id, dimension, value, question_key, choice, count)
      select c.survey_id, d.dimension, d.value, c.question_key, c.choice, sum(c.count)::int
      from cells c cross join lateral (values ('neighbourhood', c.neighbourhood_id), ('sector', c.sector), ('size', c.size_band)) as d(dimension, value)
      where d.value is not null
      group by 1, 2, 3, 4, 5
      on conflict (survey_id, dimension, value, question_key, choice) do update set count = survey_dimension_tallies.count + excluded.count
    ),
    pairs as (
      insert into survey_pair_tallies (survey_id, first_dimension, first_value, second_dimension, second_value, question_key, choice, count)
      select c.survey_id, p.first_dimension, p.first_value, p.second_dimension, p.second_value, c.question_key, c.choice, sum(c.count)::int
      from cells c cross join lateral (values
        ('neighbourhood', c.neighbourhood_id, 'sector', c.sector),
        ('neighbourhood', c.neighbourhood_id, 'size', c.size_band),
        ('sector', c.sector, 'size', c.size_band)
      ) as p(first_dimension, first_value, second_dimension, second_value)
      where p.first_value is not null and p.second_value is not null
      group by 1, 2, 3, 4, 5, 6, 7
      on conflict (survey_id, first_dimension, first_value, second_dimension, second_value, question_key, choice)
        do update set count = survey_pair_tallies.count + excluded.count
    )
    select count(*)::int as folded from taken`;
}

const ZLocked = z.object({ locked: z.boolean() });
const ZFolded = z.object({ folded: z.number().int() });

/** One batch, if this transaction is the only folder: null when another fold holds the lock. */
async function foldBatch(tx: Executor, batch: number): Promise<number | null> {
  // Transaction-scoped, so it holds through a transaction pooler and ends with the fold.
  const [lock] = await queryRows(tx, sql`select pg_try_advisory_xact_lock(hashtext('survey-tally-fold')) as locked`, ZLocked);
  if (!lock?.locked) return null;
  const [row] = await queryRows(tx, foldStatement(batch), ZFolded);
  return row?.folded ?? 0;
}

export type FoldReport = { folded: number; busy: boolean };

/**
 * Folds the submissions' tally deltas into the tallies, a batch per transaction, until none is
 * left (or `maxBatches` have run). One folder at a time: a fold that finds another running returns
 * at once (`busy`); the other takes what is there. Results stay exact throughout (they read the
 * tallies and the deltas in one statement), so how often this runs only bounds how many deltas a
 * read adds up. Runs in the server every SURVEY_TALLY_FOLD_SECONDS and with the scheduled jobs.
 */
export async function foldSurveyTallies(options: { db?: Database; batch?: number; maxBatches?: number } = {}): Promise<FoldReport> {
  const db = options.db ?? getDb();
  const batch = options.batch ?? FOLD_BATCH;
  let folded = 0;
  for (let round = 0; round < (options.maxBatches ?? 100); round += 1) {
    const taken = await db.transaction((tx) => foldBatch(tx, batch));
    if (taken === null) return { folded, busy: true };
    folded += taken;
    if (taken < batch) break;
  }
  // The folded rows are dead until vacuumed, and a read would still step over them: after a large
  // fold clear them now (a small table; outside any transaction, which VACUUM needs; skipped if a
  // vacuum is running; never truncating, which would lock out submissions). Autovacuum takes the rest.
  if (folded >= VACUUM_AFTER) await db.execute(sql`vacuum (skip_locked, truncate false) survey_tally_deltas`);
  return { folded, busy: false };
}

/** When this process last started a fold (shared by the server's timer and the folds after submissions). */
const last = globalThis as typeof globalThis & { __letsTalkLastTallyFold?: number };

/**
 * Folds, unless this process started one within the last SURVEY_TALLY_FOLD_SECONDS (0: never; the
 * scheduled jobs fold). The server's timer calls it, and so do the submission routes once their
 * response has gone, so an instance whose timers sleep between requests (serverless) folds as
 * submissions arrive. Failures are logged: the next fold takes what this one left.
 */
export async function foldTalliesIfDue(now = Date.now()): Promise<FoldReport | null> {
  const interval = env.SURVEY_TALLY_FOLD_SECONDS * 1000;
  if (interval === 0 || now - (last.__letsTalkLastTallyFold ?? 0) < interval) return null;
  last.__letsTalkLastTallyFold = now;
  try {
    return await foldSurveyTallies();
  } catch (error) {
    logger.error({ err: error }, "Folding the survey tallies failed; the next fold takes what is left");
    return null;
  }
}
