/**
 * Benchmark for the employer skills-gap survey at scale: `npm run bench:surveys`.
 *
 * Creates a fresh PostgreSQL database (lets_talk_bench_surveys on 127.0.0.1:5432), migrates and
 * seeds it (with the 200 demo responses), then adds 100,000 submitted responses (and 10,000
 * unfinished drafts) from the same generator as the demo data with COPY, adding their counts to
 * survey_tallies exactly as submitting them one by one would (checked against counts taken from
 * the rows). Then it prints:
 *   (a) results: getSurveyResults() timed in this process (all responses, filtered to
 *       manufacturing, compared by sector, and filtered on two dimensions), and
 *       GET /console/surveys/<id>/results as an officer over HTTP;
 *   (b) the CSV and XLSX exports of all responses, each streamed in a child process: time and peak RSS;
 *   (c) submissions: autocannon POSTs to /api/surveys/<id>/responses, each as a different employer
 *       with a fresh submission key, then counts the rows (none lost, none duplicated) and replays
 *       some (same key: 200, the same reference, no new row).
 * Exits 1 when something broke (wrong tallies, lost or duplicated responses, request errors).
 *
 * Settings (environment): BENCH_PG_URL, BENCH_SKIP_BUILD=1, BENCH_SURVEY_RESPONSES (default
 * 100000), BENCH_SURVEY_DRAFTS (default a tenth of that), BENCH_SUBMITS (default 3000),
 * BENCH_POST_CONNECTIONS (default 30), BENCH_KEEP_DATABASE=1, BENCH_SKIP_HTTP=1 (only the
 * seeding, the in-process results query and the export).
 */
import "./lib/surveys-bench-env";
import postgres from "postgres";
import { closeDatabase, getDatabaseHandle } from "@/lib/db/client";
import { getSurveyResults } from "@/lib/server/surveys/results/get-survey-results";
import { SURVEY_DRAFTS, SURVEY_RESPONSES, SURVEY_TARGETS, SURVEYS_BENCH as TARGET } from "./lib/config";
import { createDatabase, migrateAndSeed } from "./lib/database";
import { verdict } from "./lib/report";
import { runBench, type BenchContext } from "./lib/run-bench";
import { run, startServer, waitUntilServing, type Server } from "./lib/server";
import { bulkInsertResponses, checkTallies, loadSkillsGapSurvey } from "./lib/survey-bulk";
import { buildExportChild, describeTimings, runExportChild, timeCalls } from "./lib/survey-measures";
import { measureResultsPage, measureSubmits, type Findings } from "./lib/survey-http";
import { submittedCount } from "./lib/survey-submits";

async function main(context: BenchContext): Promise<number> {
  const { step } = context;
  const findings: Findings = { summary: [], problems: [] };
  const { summary, problems } = findings;
  step(`creating database ${TARGET.databaseName}`);
  await createDatabase(TARGET);
  const seeding = Date.now();
  step(`migrating and seeding: ${await migrateAndSeed(TARGET)} in ${((Date.now() - seeding) / 1000).toFixed(1)} s`);
  const sql = (context.sql = postgres(TARGET.databaseUrl, { max: 4, onnotice: () => undefined }));
  const survey = await loadSkillsGapSurvey(sql);

  step(`adding ${SURVEY_RESPONSES.toLocaleString("en-GB")} submitted responses and ${SURVEY_DRAFTS.toLocaleString("en-GB")} unfinished ones`);
  const bulk = await bulkInsertResponses(sql, survey, SURVEY_RESPONSES, SURVEY_DRAFTS);
  const total = await submittedCount(sql, survey.id);
  step(`${total.toLocaleString("en-GB")} responses: generated in ${bulk.generate.toFixed(1)} s, tallies computed in ${bulk.tally.toFixed(1)} s, COPY + tallies written in ${bulk.copy.toFixed(1)} s`);
  summary.push(`seed      ${SURVEY_RESPONSES.toLocaleString("en-GB")} responses and ${SURVEY_DRAFTS.toLocaleString("en-GB")} drafts inserted in ${(bulk.generate + bulk.tally + bulk.copy).toFixed(1)} s (generate ${bulk.generate.toFixed(1)}, tally ${bulk.tally.toFixed(1)}, write ${bulk.copy.toFixed(1)})`);
  for (const check of await checkTallies(sql, survey.id)) {
    const ok = check.tally === check.counted;
    summary.push(`  tally   ${check.label.padEnd(34)} tally ${String(check.tally).padStart(7)}   rows ${String(check.counted).padStart(7)}   ${ok ? "equal" : "DIFFERENT"}`);
    if (!ok) problems.push(`tally "${check.label}" is ${check.tally} but ${check.counted} responses match`);
  }

  // (a) The results query, in this process; (b) the CSV export, in its own process. A failure in
  // either is reported, and the rest still runs.
  await attempt("getSurveyResults", findings, () => timeResults(context, survey.id, findings));
  await attempt("the CSV export", findings, () => timeExport(context, survey.id, total, findings));

  // Over HTTP: the results page and the submission API.
  if (process.env.BENCH_SKIP_HTTP === "1") {
    summary.push("http      BENCH_SKIP_HTTP=1: results page and submissions not measured");
    return finish(findings, null);
  }
  if (process.env.BENCH_SKIP_BUILD === "1") step("BENCH_SKIP_BUILD=1: using the existing .next build");
  else {
    step("next build (a few minutes on a shared machine)");
    await run("node_modules/.bin/next", ["build"], true, TARGET.serverEnv);
  }
  step(`npm start (scripts/serve.ts) on port ${TARGET.port}`);
  const server = (context.server = startServer(TARGET));
  await waitUntilServing(server);

  await measureResultsPage(sql, server, survey.id, findings);
  await measureSubmits(context, sql, server, survey, findings);
  return finish(findings, server);
}

async function attempt(what: string, findings: Findings, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    findings.problems.push(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

async function timeResults({ step }: BenchContext, surveyId: string, { summary }: Findings): Promise<void> {
  if (getDatabaseHandle().kind !== "postgres") throw new Error("The results query would not use the benchmark database");
  step("timing getSurveyResults: all responses, sector = C, compared by sector, then sector = C and size = micro");
  const cases: [string, Parameters<typeof getSurveyResults>[1], number][] = [
    ["all", {}, 30],
    ["sector = C", { sector: "C" }, 30],
    ["by = sector", { by: "sector" }, 30],
    // Two filters at once are not tallied: the matching responses are scanned (no target).
    ["sector = C, size = micro", { sector: "C", size: "micro" }, 10],
  ];
  for (const [label, filters, calls] of cases) {
    const timings = await timeCalls(() => getSurveyResults(surveyId, filters), calls);
    const target = label.includes(",") ? "(scan, no target)" : `< ${SURVEY_TARGETS.resultsMs} ms: ${verdict(timings.p95 < SURVEY_TARGETS.resultsMs)}`;
    summary.push(`results   getSurveyResults(${label})`.padEnd(56) + `${describeTimings(timings)}   ${target}`);
  }
}

async function timeExport({ step }: BenchContext, surveyId: string, total: number, { summary, problems }: Findings): Promise<void> {
  step("compiling the export child, then streaming the CSV export in it (its own process)");
  await buildExportChild();
  const csv = await runExportChild(TARGET, surveyId, "csv");
  summary.push(
    `export    CSV ${csv.rows.toLocaleString("en-GB")} rows, ${(csv.bytes / 1_048_576).toFixed(1)} MB in ${csv.seconds.toFixed(2)} s, peak RSS ${csv.maxRssMb.toFixed(0)} MB   ` +
      `< ${SURVEY_TARGETS.exportSeconds} s: ${verdict(csv.seconds < SURVEY_TARGETS.exportSeconds)}   < ${SURVEY_TARGETS.exportRssMb} MB: ${verdict(csv.maxRssMb < SURVEY_TARGETS.exportRssMb)}`,
  );
  summary.push(`          of which loading the modules before the first row: ${csv.loadedRssMb.toFixed(0)} MB (compiled, run by plain Node)`);
  if (csv.rows !== total) problems.push(`the export has ${csv.rows} rows for ${total} submitted responses`);
  step("streaming the XLSX export in a child process");
  const xlsx = await runExportChild(TARGET, surveyId, "xlsx");
  summary.push(`export    XLSX ${(xlsx.bytes / 1_048_576).toFixed(1)} MB in ${xlsx.seconds.toFixed(2)} s, peak RSS ${xlsx.maxRssMb.toFixed(0)} MB (no target; for comparison)`);
}

function finish({ summary, problems }: Findings, server: Server | null): number {
  console.log(`\n================ Results (${TARGET.databaseName}) ================\n${summary.join("\n")}`);
  if (problems.length === 0) return 0;
  console.error(`\nSomething broke:\n  ${problems.join("\n  ")}`);
  if (server) console.error(`\nLast server output:\n${server.output.slice(-30).join("\n")}`);
  return 1;
}

runBench(TARGET, main, () => closeDatabase(getDatabaseHandle()));
