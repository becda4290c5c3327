/**
 * Benchmark of the consultation report at scale: `npm run bench:report`.
 *
 * Creates a fresh PostgreSQL database (lets_talk_bench_report on 127.0.0.1:5432), migrates and seeds
 * it, adds 100,000 submitted responses to the employer skills-gap survey (BENCH_REPORT_RESPONSES;
 * with COPY, a chunk at a time, as bench:surveys does, and the tallies folded by the app's own fold),
 * moves a share of them to the paper, phone and event channels, and codes the written answers to
 * "Which roles are hardest to fill?" into twelve themes (set-based SQL: nothing is held in memory).
 * Then, in its own process (compiled, plain Node, so its RSS is the report's alone), it builds the
 * report: the figures composed once, the DOCX and the PDF; and prints each stage's wall time, the
 * files' sizes and the peak RSS beside issue 17's targets (under 15 s, under 200 MB).
 *
 * Settings: BENCH_REPORT_RESPONSES (default 100,000), BENCH_PG_URL, BENCH_DATABASE_PREFIX,
 * BENCH_KEEP_DATABASE=1.
 */
import "./lib/report-bench-env";
import postgres from "postgres";
import { closeDatabase, getDatabaseHandle } from "@/lib/db/client";
import { loadAverageLine } from "./lib/baselines";
import { buildChild, runChild } from "./lib/compiled-child";
import { REPORT_BENCH as TARGET } from "./lib/config";
import { createDatabase, migrateAndSeed } from "./lib/database";
import { verdict } from "./lib/report";
import { runBench, type BenchContext } from "./lib/run-bench";
import { bulkInsertResponses, loadSkillsGapSurvey } from "./lib/survey-bulk";

const RESPONSES = Number(process.env.BENCH_REPORT_RESPONSES ?? 100_000);
const THEMES = 12;
const CHILD = "bench/.build/report-child.mjs";
const TARGETS = { seconds: 15, rssMb: 200 };

type ReportRun = { compose: number; docx: number; pdf: number; total: number; docxBytes: number; pdfBytes: number; blocks: number; themes: number; maxRssMb: number; loadedRssMb: number };

/** Channels and themes, in SQL over the rows: every tenth response on paper, every twentieth by phone, every fiftieth at an event. */
async function addChannelsAndThemes(sql: postgres.Sql, surveyId: string): Promise<{ coded: number }> {
  await sql`update survey_responses set channel = (case when n % 50 = 0 then 'event' when n % 20 = 0 then 'phone' when n % 10 = 0 then 'paper' else 'web' end)::response_channel
    from (select id, row_number() over (order by submitted_at, id) as n from survey_responses where survey_id = ${surveyId} and status = 'submitted') numbered
    where survey_responses.id = numbered.id`;
  const [subject] = await sql<{ id: string }[]>`insert into insight_subjects (kind, survey_id, question_key) values ('survey_question', ${surveyId}, 'hard_to_fill') returning id`;
  if (!subject) throw new Error("The insight subject was not created");
  const themes = await sql<{ id: string }[]>`insert into insight_themes (subject_id, label, key_phrases)
    select ${subject.id}, 'Theme ' || i, jsonb_build_array('phrase ' || i, 'another ' || i) from generate_series(1, ${THEMES}) as i returning id`;
  const ids = themes.map((theme) => theme.id);
  // Each written answer coded to one theme (by its position), and every third to a second one.
  const [coded] = await sql<{ count: number }[]>`with answers as (
      select id, row_number() over (order by id) as n from survey_responses
      where survey_id = ${surveyId} and status = 'submitted' and answers ? 'hard_to_fill'
    ), inserted as (
      insert into insight_codings (theme_id, item_kind, item_id, source, score)
      select (${ids}::uuid[])[1 + (n % ${THEMES})], 'answer'::insight_item_kind, id, 'analysis'::insight_origin, random() from answers
      union all
      select (${ids}::uuid[])[1 + ((n + 5) % ${THEMES})], 'answer'::insight_item_kind, id, 'analysis'::insight_origin, random() from answers where n % 3 = 0
      returning 1
    ) select count(*)::int as count from inserted`;
  await sql`vacuum analyze survey_responses, insight_codings`;
  return { coded: coded?.count ?? 0 };
}

async function main({ step, ...context }: BenchContext): Promise<number> {
  step(`${loadAverageLine()} before starting`);
  step(`creating database ${TARGET.databaseName}`);
  await createDatabase(TARGET);
  step(`migrating and seeding: ${await migrateAndSeed(TARGET)}`);
  const sql = (context.sql = postgres(TARGET.databaseUrl, { max: 4, onnotice: () => undefined }));
  const survey = await loadSkillsGapSurvey(sql);
  step(`adding ${RESPONSES.toLocaleString("en-GB")} submitted responses with their tally deltas, then folding them`);
  const bulk = await bulkInsertResponses(sql, survey, RESPONSES, 0);
  step(`seeded in ${(bulk.generate + bulk.copy + bulk.fold).toFixed(1)} s; moving some to paper, phone and events and coding the written answers into ${THEMES} themes`);
  const { coded } = await addChannelsAndThemes(sql, survey.id);
  const [officer] = await sql<{ id: string }[]>`insert into users (email, name, role) values ('bench-report-officer@example.test', 'Bench Officer', 'officer') returning id`;
  if (!officer) throw new Error("The officer was not created");
  const [{ count: responses } = { count: 0 }] = await sql<{ count: number }[]>`select count(*)::int as count from survey_responses where survey_id = ${survey.id} and status = 'submitted'`;
  step("compiling the report child and building the report in its own process");
  await buildChild("bench/report-child.ts", CHILD);
  const run = await runChild<ReportRun>(TARGET, CHILD, [survey.id, officer.id]);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(`\n================ Consultation report (${responses.toLocaleString("en-GB")} responses, ${coded.toLocaleString("en-GB")} codings in ${run.themes} themes; ${loadAverageLine()} now) ================`);
  console.log(`compose   ${run.compose.toFixed(2)} s   (tallies, responses by channel, campaigns, who is missing, themes and quotes)`);
  console.log(`docx      ${run.docx.toFixed(2)} s   ${kb(run.docxBytes)}`);
  console.log(`pdf       ${run.pdf.toFixed(2)} s   ${kb(run.pdfBytes)}   (${run.blocks} blocks)`);
  console.log(`wall      ${run.total.toFixed(2)} s   target < ${TARGETS.seconds} s   ${verdict(run.total < TARGETS.seconds)}`);
  console.log(`peak RSS  ${run.maxRssMb.toFixed(0)} MB (${run.loadedRssMb.toFixed(0)} MB after loading the code)   target < ${TARGETS.rssMb} MB   ${verdict(run.maxRssMb < TARGETS.rssMb)}`);
  return 0;
}

runBench(TARGET, main, () => closeDatabase(getDatabaseHandle()));
