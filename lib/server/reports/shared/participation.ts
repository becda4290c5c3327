import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import type { Executor } from "@/lib/db/client";
import { suppressTotal } from "@/lib/domain/equalities/suppress";
import { CHANNELS, type ReportFacts } from "@/lib/domain/reports/facts";
import { suppressCampaigns, suppressChannels } from "@/lib/domain/reports/suppress-facts";
import { getMissingGroups } from "@/lib/server/equalities/get-missing-groups";
import { countResponsesByChannel } from "@/lib/server/surveys/count-responses-by-channel";
import { queryRows } from "@/lib/server/shared/query-rows";
import type { ReportSubject } from "./subject";

const ZDay = z.union([z.date(), z.string()]).nullable().transform((value) => (value === null ? null : new Date(value).toISOString().slice(0, 10)));
const ZTopicCounts = z.object({ comments: z.coerce.number().int(), commenters: z.coerce.number().int(), first: ZDay, last: ZDay });
const ZSpan = z.object({ first: ZDay, last: ZDay });
const ZCampaign = z.object({ name: z.string(), invited: z.coerce.number().int(), submitted: z.coerce.number().int() });

type Dates = { firstResponse: string | null; lastResponse: string | null };
export type ParticipationFacts = { participation: ReportFacts["participation"]; dates: Dates; channels: ReportFacts["method"]["channels"] };

/** "Who is missing": the equalities comparison with the area's population (suppressed), or null without population figures. */
async function missingOf(user: CurrentUser, subject: ReportSubject): Promise<ReportFacts["participation"]["missing"]> {
  const { view, comparison } = await getMissingGroups(user, subject);
  return comparison ? { participants: view.aggregate.participants, groups: comparison.missing } : null;
}

/** A topic's published comments and the people who wrote them (counted in SQL), and who is missing. */
async function topicParticipation(executor: Executor, user: CurrentUser, subject: ReportSubject): Promise<ParticipationFacts> {
  const [counts] = await queryRows(
    executor,
    sql`select count(*) as comments, count(distinct author_id) as commenters, min(created_at) as first, max(created_at) as last
      from comments where topic_id = ${subject.id} and status = 'published'`,
    ZTopicCounts,
  );
  const participation = {
    counts: [
      { key: "comments" as const, shown: suppressTotal(counts?.comments ?? 0) },
      { key: "commenters" as const, shown: suppressTotal(counts?.commenters ?? 0) },
    ],
    channels: [],
    campaigns: [],
    missing: await missingOf(user, subject),
  };
  return { participation, dates: { firstResponse: counts?.first ?? null, lastResponse: counts?.last ?? null }, channels: ["web"] };
}

/**
 * A survey's submitted responses by channel (as the results page counts them: the tallies' total and
 * the few entered rows), the first and last (from the listing index), its campaigns' invitations and
 * answers (the response rate), and who is missing.
 */
async function surveyParticipation(executor: Executor, user: CurrentUser, subject: ReportSubject): Promise<ParticipationFacts> {
  const [counts, [span], campaigns, missing] = await Promise.all([
    countResponsesByChannel(subject.id, executor),
    queryRows(executor, sql`select min(submitted_at) as first, max(submitted_at) as last from survey_responses where survey_id = ${subject.id} and status = 'submitted'`, ZSpan),
    queryRows(
      executor,
      sql`select c.name, count(r.invited_at) as invited, count(r.submitted_at) as submitted
        from survey_campaigns c left join campaign_recipients r on r.campaign_id = c.id
        where c.survey_id = ${subject.id} and c.sent_at is not null group by c.id, c.name, c.sent_at order by c.sent_at`,
      ZCampaign,
    ),
    missingOf(user, subject),
  ]);
  const channels = CHANNELS.filter((channel) => counts[channel] > 0).map((channel) => ({ channel, count: counts[channel] }));
  return {
    participation: { counts: [{ key: "responses", shown: suppressTotal(counts.total) }], channels: suppressChannels(channels), campaigns: suppressCampaigns(campaigns), missing },
    dates: { firstResponse: span?.first ?? null, lastResponse: span?.last ?? null },
    channels: channels.map((row) => row.channel),
  };
}

export function readParticipation(executor: Executor, user: CurrentUser, subject: ReportSubject): Promise<ParticipationFacts> {
  return subject.kind === "topic" ? topicParticipation(executor, user, subject) : surveyParticipation(executor, user, subject);
}
