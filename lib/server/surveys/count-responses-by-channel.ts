import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Executor } from "@/lib/db/client";
import { RESPONSE_CHANNELS, type ResponseChannel } from "@/lib/domain/surveys/offline/channels";
import { ANSWERED, RESPONSES_KEY } from "@/lib/domain/surveys/tallies";
import { queryRows } from "@/lib/server/shared/query-rows";

/** How many submitted responses came through each channel, and in all. */
export type ChannelCounts = Record<ResponseChannel, number> & { total: number };

const ZRow = z.object({ channel: z.string(), count: z.number().int() });

/**
 * A survey's submitted responses by channel (how people took part). Officers enter the paper,
 * phone and event ones, few beside the website's: those are counted from their rows (a partial
 * index holds them); the total comes from the tallies (folded, plus the deltas not folded yet, in
 * the same statement), so the website's many are never scanned: web = total − the others.
 */
export async function countResponsesByChannel(surveyId: string, executor: Executor = getDb()): Promise<ChannelCounts> {
  const rows = await queryRows(
    executor,
    sql`
      select channel::text as channel, count(*)::int as count from survey_responses
      where survey_id = ${surveyId} and status = 'submitted' and channel <> 'web' group by channel
      union all
      select 'total', (coalesce((select sum(count) from survey_tallies where survey_id = ${surveyId} and question_key = ${RESPONSES_KEY} and choice = ${ANSWERED}), 0)
        + (select count(*) from survey_tally_deltas where survey_id = ${surveyId}))::int`,
    ZRow,
  );
  const counts: ChannelCounts = { web: 0, paper: 0, phone: 0, event: 0, total: 0 };
  for (const row of rows) if (row.channel === "total" || (RESPONSE_CHANNELS as readonly string[]).includes(row.channel)) counts[row.channel as ResponseChannel | "total"] = row.count;
  counts.web = Math.max(0, counts.total - counts.paper - counts.phone - counts.event);
  return counts;
}
