/**
 * Benchmark for the employer skills-gap survey at scale: `npm run bench:surveys`.
 *
 * Creates a fresh PostgreSQL database (lets_talk_bench_surveys on 127.0.0.1:5432), migrates and
 * seeds it (with the 200 demo responses), then adds 100,000 submitted responses (a million with
 * BENCH_SCALE=10) and a tenth as many unfinished drafts from the same generator as the demo data
 * with COPY, a chunk of 100,000 at a time, each submitted one with the tally delta a submission
 * appends; the app's own fold then folds them into the tallies, and a few tallies are checked
 * against counts taken from the rows. Then it prints:
 *   (a) results: getSurveyResults() timed in this process (no filter, one, two and three filters,
 *       compared by a dimension) and the written answers' list; GET /console/surveys/<id>/results
 *       as an officer over HTTP, beside raw node:http serving the same bytes;
 *   (b) the CSV export of all responses (and the XLSX at the default scale), each streamed in a
 *       child process: time and peak RSS;
 *   (c) submissions: autocannon POSTs to /api/surveys/<id>/responses, each as a different employer
 *       with a fresh submission key, then counts the rows (none lost, none duplicated), replays some
 *       (same key: 200, the same reference, no new row), and compares with pgbench inserting a
 *       200-character row at the same number of connections;
 * then issue 16's rows, each raw figure beside its target, PASS or MISS, with the load average.
 * Exits 1 when something broke (wrong tallies, lost or duplicated responses, request errors).
 *
 * Settings (environment): BENCH_SCALE (10: a million responses), BENCH_SURVEY_RESPONSES,
 * BENCH_SURVEY_DRAFTS (default a tenth), BENCH_SUBMITS (default 3000), BENCH_POST_CONNECTIONS
 * (default 30), BENCH_DURATION (seconds of the page and pgbench runs, default 15),
 * BENCH_POOLER=pgbouncer (the app through PgBouncer in transaction mode), BENCH_SKIP_BUILD=1,
 * BENCH_SKIP_HTTP=1 (only the seeding, the in-process results and the export), BENCH_PG_URL,
 * BENCH_DATABASE_PREFIX / BENCH_PORT_OFFSET (to run beside another copy), BENCH_KEEP_DATABASE=1.
 */
import "./lib/surveys-bench-env";
import postgres from "postgres";
import { closeDatabase, getDatabaseHandle } from "@/lib/db/client";
import { loadAverageLine, pgbenchInsertBaseline, rawNodeBaseline } from "./lib/baselines";
import { DURATION, POST_CONNECTIONS, SCALE, SURVEYS_BENCH as TARGET } from "./lib/config";
import { createDatabase, migrateAndSeed } from "./lib/database";
import { POOLER, routeThroughPooler } from "./lib/pooler";
import { runBench, type BenchContext } from "./lib/run-bench";
import { buildAndServe } from "./lib/server";
import { bulkInsertResponses, loadSkillsGapSurvey, type SkillsGapSurvey } from "./lib/survey-bulk";
import { checkTallies, compareSliceWithScan } from "./lib/survey-checks";
import { SURVEY_DRAFTS, SURVEY_RESPONSES } from "./lib/survey-config";
import { measureResultsPage, measureSubmits, PAGE_CONNECTIONS, type Findings } from "./lib/survey-http";
import { timeExport, timeResults } from "./lib/survey-results";
import { submittedCount } from "./lib/survey-submits";
import { surveyTargetLines, type SurveyFigures } from "./lib/survey-targets";

async function main(context: BenchContext): Promise<number> {
  const { step } = context;
  step(`${loadAverageLine()} before starting`);
  const findings: Findings = { summary: [], problems: [] };
  step(`creating database ${TARGET.databaseName}`);
  await createDatabase(TARGET);
  const seeding = Date.now();
  step(`migrating and seeding: ${await migrateAndSeed(TARGET)} in ${((Date.now() - seeding) / 1000).toFixed(1)} s`);
  const sql = (context.sql = postgres(TARGET.databaseUrl, { max: 4, onnotice: () => undefined }));
  const survey = await loadSkillsGapSurvey(sql);
  const figures: SurveyFigures = { responses: 0, results: null, csv: null, page: null, rawPage: null, submits: null, pgbench: null };

  await seed(context, sql, survey, findings);
  figures.responses = await submittedCount(sql, survey.id);
  await attempt("getSurveyResults", findings, async () => void (figures.results = await timeResults(context, survey.id, findings)));
  await attempt("the CSV export", findings, async () => void (figures.csv = await timeExport(context, survey.id, figures.responses, findings, SCALE === 1)));

  if (process.env.BENCH_SKIP_HTTP === "1") findings.summary.push("http      BENCH_SKIP_HTTP=1: results page and submissions not measured");
  else await overHttp(context, sql, survey, findings, figures);

  console.log(`\n================ Results (${TARGET.databaseName}) ================\n${findings.summary.join("\n")}`);
  console.log(`\n================ Issue 16's rows (${figures.responses.toLocaleString("en-GB")} responses, database ${POOLER}; ${loadAverageLine()} now) ================`);
  console.log(surveyTargetLines(figures).join("\n"));
  if (findings.problems.length === 0) return 0;
  console.error(`\nSomething broke:\n  ${findings.problems.join("\n  ")}`);
  if (context.server) console.error(`\nLast server output:\n${context.server.output.slice(-30).join("\n")}`);
  return 1;
}

async function seed({ step }: BenchContext, sql: postgres.Sql, survey: SkillsGapSurvey, { summary, problems }: Findings): Promise<void> {
  step(`adding ${SURVEY_RESPONSES.toLocaleString("en-GB")} submitted responses and ${SURVEY_DRAFTS.toLocaleString("en-GB")} unfinished ones, with their tally deltas, then folding them`);
  const bulk = await bulkInsertResponses(sql, survey, SURVEY_RESPONSES, SURVEY_DRAFTS);
  const seconds = bulk.generate + bulk.copy + bulk.fold;
  summary.push(`seed      ${SURVEY_RESPONSES.toLocaleString("en-GB")} responses and ${SURVEY_DRAFTS.toLocaleString("en-GB")} drafts in ${seconds.toFixed(1)} s (generate ${bulk.generate.toFixed(1)}, COPY with deltas ${bulk.copy.toFixed(1)}, fold ${bulk.fold.toFixed(1)}); peak RSS of this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  step("checking the tallies against counts taken from the rows");
  for (const check of await checkTallies(sql, survey.id)) {
    const ok = check.tally === check.counted;
    summary.push(`  tally   ${check.label.padEnd(38)} tally ${String(check.tally).padStart(8)}   rows ${String(check.counted).padStart(8)}   ${ok ? "equal" : "DIFFERENT"}`);
    if (!ok) problems.push(`tally "${check.label}" is ${check.tally} but ${check.counted} responses match`);
  }
  const compared = await compareSliceWithScan(survey);
  summary.push(`  tally   sector C, size micro: all ${compared.keys} counts against a scan of the rows: ${compared.differing.length === 0 ? "equal" : `${compared.differing.length} DIFFERENT`}`);
  if (compared.differing.length > 0) problems.push(`the two-filter tallies differ from the rows: ${compared.differing.slice(0, 5).join(", ")}`);
}

async function overHttp(context: BenchContext, sql: postgres.Sql, survey: SkillsGapSurvey, findings: Findings, figures: SurveyFigures): Promise<void> {
  const { step } = context;
  step(await routeThroughPooler(context, TARGET));
  const server = await buildAndServe(context, TARGET);
  const processes = Number(TARGET.serverEnv.WEB_CONCURRENCY);
  step(`${loadAverageLine()} before measuring`);
  const page = await measureResultsPage(sql, server, survey.id, findings);
  if (page) {
    figures.page = page.measured;
    step(`raw node:http, ${processes} processes, on the results page's ${(Buffer.byteLength(page.body) / 1024).toFixed(0)} KB, ${DURATION} s`);
    figures.rawPage = await rawNodeBaseline({ body: page.body, headers: page.headers, processes, connections: PAGE_CONNECTIONS, seconds: DURATION });
  }
  figures.submits = await measureSubmits(context, sql, server, survey, findings);
  step(`pgbench inserting a 200-character row, ${POST_CONNECTIONS} clients, ${DURATION} s`);
  figures.pgbench = { ...(await pgbenchInsertBaseline({ databaseUrl: TARGET.databaseUrl, clients: POST_CONNECTIONS, seconds: DURATION })), clients: POST_CONNECTIONS };
}

async function attempt(what: string, findings: Findings, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    findings.problems.push(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

runBench(TARGET, main, () => closeDatabase(getDatabaseHandle()));
