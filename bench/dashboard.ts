/**
 * Times the officer dashboard's queries on big data: `npm run bench:dashboard`.
 *
 * Creates a fresh PostgreSQL database (lets_talk_bench_dashboard on 127.0.0.1:5432), migrates and
 * seeds it, adds the topics benchmark's discussion (10,000 comments) and 100,000 submitted survey
 * responses with 10,000 unfinished ones (BENCH_SURVEY_RESPONSES and BENCH_SURVEY_DRAFTS change
 * that), then times each dashboard use case in this process and prints p50, p95 and max. Then it
 * adds 1,000 partner contacts (a third weekly, half on every theme, the rest on about two) and times
 * queueing their summaries: the first run, which composes and queues every email, and a second run,
 * which must queue nothing.
 * No target: the figures are for reading. BENCH_KEEP_DATABASE=1 keeps the database.
 */
import "./lib/dashboard-bench-env";
import postgres from "postgres";
import { closeDatabase, getDatabaseHandle } from "@/lib/db/client";
import { getModerationStats } from "@/lib/server/dashboard/get-moderation-stats";
import { getOutboxHealth } from "@/lib/server/dashboard/get-outbox-health";
import { getParticipation } from "@/lib/server/dashboard/get-participation";
import { getSurveyRates } from "@/lib/server/dashboard/get-survey-rates";
import { scheduleSummaries } from "@/lib/server/summaries/schedule-summaries";
import { DASHBOARD_BENCH as TARGET } from "./lib/config";
import { SURVEY_DRAFTS, SURVEY_RESPONSES } from "./lib/survey-config";
import { createDatabase, migrateAndSeed } from "./lib/database";
import { runBench, type BenchContext } from "./lib/run-bench";
import { seedBusyDiscussion } from "./lib/seed-discussion";
import { bulkInsertResponses, loadSkillsGapSurvey } from "./lib/survey-bulk";
import { describeTimings, timeCalls } from "./lib/survey-measures";

const CALLS = 20;
const CONTACTS = 1_000;

async function addContacts(sql: postgres.Sql): Promise<void> {
  await sql`
    insert into partner_contacts (organisation_id, name, email, frequency, all_themes)
    select (select id from organisations order by slug limit 1), 'Bench contact ' || i, 'bench-contact-' || i || '@example.org',
      (case when i % 3 = 0 then 'weekly' else 'monthly' end)::summary_frequency, i % 2 = 0
    from generate_series(1, ${CONTACTS}) as i`;
  await sql`
    insert into partner_contact_themes (contact_id, theme_id)
    select c.id, t.id from partner_contacts c join themes t on (abs(hashtext(c.email)) + t.sort_order) % 5 = 0
    where not c.all_themes and c.email like 'bench-contact-%'`;
}

/** Queues the summaries twice, timing each run: the second must find every one already queued. */
async function timeScheduling(db: Parameters<typeof scheduleSummaries>[0]["db"]): Promise<string[]> {
  const runs: string[] = [];
  for (const label of ["first run", "second run"]) {
    const started = performance.now();
    const counts = await scheduleSummaries({ db, now: new Date() });
    const ms = performance.now() - started;
    runs.push(`scheduleSummaries, ${label.padEnd(31)} ${ms.toFixed(0)} ms: ${JSON.stringify(counts)} (${(ms / counts.contacts).toFixed(1)} ms per contact)`);
    if (label === "second run" && counts.queued !== 0) throw new Error(`The second run queued ${counts.queued} summaries again`);
  }
  return runs;
}

/**
 * Decisions as decideComments records them (an audit row per comment) on a fifth of the last 30
 * days' comments, an hour to two days after they were written; a tenth follow reports (flags), so
 * the time to decision looks for the first report since any earlier decision.
 */
async function addDecisions(sql: postgres.Sql): Promise<void> {
  await sql`
    with chosen as (
      select id, created_at, random() < 0.1 as reported from comments
      where created_at > now() - interval '30 days' and random() < 0.2
    ),
    flagged as (
      insert into comment_flags (comment_id, user_id, reason, created_at)
      select chosen.id, (select id from users order by id limit 1), 'abusive', chosen.created_at + interval '30 minutes' from chosen where reported
    )
    insert into audit_log (action, subject_type, subject_id, details, created_at)
    select case when reported then 'comment.hide' else 'comment.approve' end, 'comment', id::text,
      jsonb_build_object('from', case when reported then 'published' else 'held' end),
      least(now(), created_at + interval '1 hour' + random() * interval '47 hours')
    from chosen`;
}

async function main(context: BenchContext): Promise<number> {
  const { step } = context;
  step(`creating database ${TARGET.databaseName}`);
  await createDatabase(TARGET);
  step(`migrating and seeding: ${await migrateAndSeed(TARGET)}`);
  const sql = (context.sql = postgres(TARGET.databaseUrl, { max: 4, onnotice: () => undefined }));
  step("adding the 10,000-comment discussion");
  await seedBusyDiscussion(sql);
  step("adding moderation decisions: each comment written in the last 30 days has a one in five chance of one, a tenth of them after reports");
  await addDecisions(sql);
  step(`adding ${SURVEY_RESPONSES.toLocaleString("en-GB")} submitted responses and ${SURVEY_DRAFTS.toLocaleString("en-GB")} unfinished ones`);
  await bulkInsertResponses(sql, await loadSkillsGapSurvey(sql), SURVEY_RESPONSES, SURVEY_DRAFTS);
  await sql`analyze`;
  if (getDatabaseHandle().kind !== "postgres") throw new Error("The dashboard queries would not use the benchmark database");

  const [counts] = await sql<{ comments: number; responses: number; decisions: number }[]>`
    select (select count(*)::int from comments) as comments, (select count(*)::int from survey_responses) as responses,
      (select count(*)::int from audit_log where subject_type = 'comment') as decisions`;
  const [theme] = await sql<{ id: string }[]>`select id from themes where slug = 'transport'`;
  const [place] = await sql<{ id: string }[]>`select id from neighbourhoods where slug = 'foleshill'`;
  const cases: [string, () => Promise<unknown>][] = [
    ["getParticipation()", () => getParticipation()],
    ["getParticipation(theme = transport)", () => getParticipation({ themeId: theme?.id })],
    ["getParticipation(neighbourhood = foleshill)", () => getParticipation({ neighbourhoodId: place?.id })],
    ["getModerationStats()", () => getModerationStats()],
    ["getSurveyRates()", () => getSurveyRates()],
    ["getOutboxHealth()", () => getOutboxHealth()],
    ["all four at once, as the page asks", () => Promise.all([getParticipation(), getModerationStats(), getSurveyRates(), getOutboxHealth()])],
  ];
  const summary = [`data      ${counts?.comments.toLocaleString("en-GB")} comments, ${counts?.responses.toLocaleString("en-GB")} survey responses (submitted and unfinished), ${counts?.decisions.toLocaleString("en-GB")} moderation decisions`];
  for (const [label, work] of cases) {
    step(`timing ${label}`);
    summary.push(`${label.padEnd(46)} ${describeTimings(await timeCalls(work, CALLS))}`);
  }
  step(`adding ${CONTACTS.toLocaleString("en-GB")} partner contacts and timing their summaries`);
  await addContacts(sql);
  summary.push(...(await timeScheduling(getDatabaseHandle().db)));
  console.log(`\n================ Results (${TARGET.databaseName}) ================\n${summary.join("\n")}`);
  return 0;
}

runBench(TARGET, main, () => closeDatabase(getDatabaseHandle()));
