/**
 * Benchmark for the employer skills-gap survey at scale: `npm run bench:surveys`.
 *
 * Creates a fresh PostgreSQL database (lets_talk_bench_surveys on 127.0.0.1:5432), migrates and
 * seeds it (with the 200 demo responses), then adds 100,000 submitted responses from the same
 * generator as the demo data with COPY, adding their counts to survey_tallies exactly as submitting
 * them one by one would (checked against counts taken from the rows). Then it prints:
 *   (a) results: getSurveyResults() timed in this process (all responses, and filtered to
 *       manufacturing), and GET /console/surveys/<id>/results as an officer over HTTP;
 *   (b) the CSV export of all responses streamed in a child process: time and peak RSS;
 *   (c) submissions: autocannon POSTs to /api/surveys/<id>/responses, each as a different employer
 *       with a fresh submission key, then counts the rows (none lost, none duplicated) and replays
 *       some (same key: 200, the same reference, no new row).
 * Parts whose code is not in this branch yet (results, export, API) are reported as skipped.
 * Exits 1 when something broke (wrong tallies, lost or duplicated responses, request errors).
 *
 * Settings (environment): BENCH_PG_URL, BENCH_SKIP_BUILD=1, BENCH_SURVEY_RESPONSES (default
 * 100000), BENCH_SUBMITS (default 3000), BENCH_POST_CONNECTIONS (default 30), BENCH_KEEP_DATABASE=1,
 * BENCH_SKIP_HTTP=1 (only the seeding, the in-process results query and the export).
 */
import "./lib/surveys-bench-env";
import postgres from "postgres";
import { closeDatabase, getDatabaseHandle } from "@/lib/db/client";
import { POST_CONNECTIONS, SURVEY_RESPONSES, SURVEY_SUBMITS, SURVEY_TARGETS, SURVEYS_BENCH as TARGET } from "./lib/config";
import { createDatabase, dropDatabase, migrateAndSeed } from "./lib/database";
import { cpuProbe, measure } from "./lib/load";
import { optionalExport } from "./lib/optional-module";
import { broken, ms, report, verdict } from "./lib/report";
import { run, startServer, stopServer, waitUntilServing, type Server } from "./lib/server";
import { bulkInsertResponses, checkTallies, loadSkillsGapSurvey } from "./lib/survey-bulk";
import { describeTimings, runExportChild, timeCalls } from "./lib/survey-measures";
import { auditSubmits, settledCount, submittedCount, submitter } from "./lib/survey-submits";
import { createSignedInUsers, SESSION_COOKIE } from "./lib/survey-users";

type GetSurveyResults = (surveyId: string, filters: Record<string, string>) => Promise<unknown>;
const WARM_UP_SUBMITS = 50;

async function main(): Promise<number> {
  const started = Date.now();
  const step = (message: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);
  const problems: string[] = [];
  const summary: string[] = [];
  let server: Server | null = null;
  let sql: postgres.Sql | null = null;
  let stopping = false;
  const cleanUp = async () => {
    if (stopping) return;
    stopping = true;
    if (server) await stopServer(server);
    if (sql) await sql.end({ timeout: 5 }).catch(() => undefined);
    await closeDatabase(getDatabaseHandle()).catch(() => undefined);
    if (process.env.BENCH_KEEP_DATABASE === "1") console.log(`BENCH_KEEP_DATABASE=1: kept ${TARGET.databaseUrl}`);
    else await dropDatabase(TARGET).catch((error: unknown) => console.error("Could not drop the benchmark database:", error));
  };
  const interrupted = () => {
    console.error("\nInterrupted: stopping the server and dropping the database.");
    void cleanUp().finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);

  try {
    step(`creating database ${TARGET.databaseName}`);
    await createDatabase(TARGET);
    const seeding = Date.now();
    step(`migrating and seeding: ${await migrateAndSeed(TARGET)} in ${((Date.now() - seeding) / 1000).toFixed(1)} s`);
    sql = postgres(TARGET.databaseUrl, { max: 4, onnotice: () => undefined });
    const survey = await loadSkillsGapSurvey(sql);

    step(`adding ${SURVEY_RESPONSES.toLocaleString("en-GB")} submitted responses`);
    const bulk = await bulkInsertResponses(sql, survey, SURVEY_RESPONSES);
    const total = await submittedCount(sql, survey.id);
    step(`${total.toLocaleString("en-GB")} responses: generated in ${bulk.generate.toFixed(1)} s, tallies computed in ${bulk.tally.toFixed(1)} s, COPY + tallies written in ${bulk.copy.toFixed(1)} s`);
    summary.push(`seed      ${SURVEY_RESPONSES.toLocaleString("en-GB")} responses inserted in ${(bulk.generate + bulk.tally + bulk.copy).toFixed(1)} s (generate ${bulk.generate.toFixed(1)}, tally ${bulk.tally.toFixed(1)}, write ${bulk.copy.toFixed(1)})`);
    for (const check of await checkTallies(sql, survey.id)) {
      const ok = check.tally === check.counted;
      summary.push(`  tally   ${check.label.padEnd(34)} tally ${String(check.tally).padStart(7)}   rows ${String(check.counted).padStart(7)}   ${ok ? "equal" : "DIFFERENT"}`);
      if (!ok) problems.push(`tally "${check.label}" is ${check.tally} but ${check.counted} responses match`);
    }

    // (a) The results query, in this process.
    const results = await optionalExport<GetSurveyResults>("lib/server/surveys/results/get-survey-results", "getSurveyResults");
    if ("missing" in results) summary.push(`results   getSurveyResults: SKIPPED (${results.missing})`);
    else {
      if (getDatabaseHandle().kind !== "postgres") throw new Error("The results query would not use the benchmark database");
      step("timing getSurveyResults (all responses, then sector = C)");
      const all = await timeCalls(() => results.value(survey.id, {}), 30);
      const filtered = await timeCalls(() => results.value(survey.id, { sector: "C" }), 30);
      summary.push(`results   getSurveyResults(all)         ${describeTimings(all)}   < ${SURVEY_TARGETS.resultsMs} ms: ${verdict(all.p95 < SURVEY_TARGETS.resultsMs)}`);
      summary.push(`results   getSurveyResults(sector = C)  ${describeTimings(filtered)}   < ${SURVEY_TARGETS.resultsMs} ms: ${verdict(filtered.p95 < SURVEY_TARGETS.resultsMs)}`);
    }

    // (b) The CSV export, in its own process.
    step("streaming the CSV export in a child process");
    const exported = await runExportChild(TARGET, survey.id);
    if ("missing" in exported) summary.push(`export    CSV: SKIPPED (${exported.missing})`);
    else {
      summary.push(
        `export    CSV ${exported.rows.toLocaleString("en-GB")} rows, ${(exported.bytes / 1_048_576).toFixed(1)} MB in ${exported.seconds.toFixed(2)} s, peak RSS ${exported.maxRssMb.toFixed(0)} MB   ` +
          `< ${SURVEY_TARGETS.exportSeconds} s: ${verdict(exported.seconds < SURVEY_TARGETS.exportSeconds)}   < ${SURVEY_TARGETS.exportRssMb} MB: ${verdict(exported.maxRssMb < SURVEY_TARGETS.exportRssMb)}`,
      );
      summary.push(`          of which loading the modules before the first row: ${exported.loadedRssMb.toFixed(0)} MB (tsx alone is about 80 MB; lib/db/client imports PGlite, about 50 MB more)`);
      if (exported.rows !== total) problems.push(`the export has ${exported.rows} rows for ${total} responses`);
    }

    // Over HTTP: the results page and the submission API.
    if (process.env.BENCH_SKIP_HTTP === "1") {
      summary.push("http      BENCH_SKIP_HTTP=1: results page and submissions not measured");
      console.log(`\n================ Results (${TARGET.databaseName}) ================\n${summary.join("\n")}`);
      return problems.length > 0 ? (console.error(`\nSomething broke:\n  ${problems.join("\n  ")}`), 1) : 0;
    }
    if (process.env.BENCH_SKIP_BUILD === "1") step("BENCH_SKIP_BUILD=1: using the existing .next build");
    else {
      step("next build (a few minutes on a shared machine)");
      await run("node_modules/.bin/next", ["build"], true, TARGET.serverEnv);
    }
    step(`next start -p ${TARGET.port}`);
    server = startServer(TARGET);
    await waitUntilServing(server);
    const probe = () => cpuProbe(server?.child.pid ?? 0, sql as postgres.Sql, TARGET);

    const [officer] = await createSignedInUsers(sql, "officer", "bench-survey-officer", 1);
    const resultsPath = `/console/surveys/${survey.id}/results`;
    const page = await fetch(`${TARGET.baseUrl}${resultsPath}`, { headers: { cookie: `${SESSION_COOKIE}=${officer}` }, redirect: "manual" });
    if (page.status !== 200) summary.push(`results   GET ${resultsPath}: SKIPPED (answered ${page.status}: the page is not in this build)`);
    else {
      step(`GET ${resultsPath} as an officer`);
      const measured = await measure(`GET ${resultsPath} (officer)`, { connections: 2, amount: 60, requests: [{ method: "GET", path: resultsPath, headers: { cookie: `${SESSION_COOKIE}=${officer}` } }] }, await probe(), TARGET);
      report(measured, 2);
      problems.push(...broken(measured));
      summary.push(`results   GET results page              p50 ${ms(measured.p50)}   p95 ${ms(measured.p95)}   < ${SURVEY_TARGETS.resultsMs} ms: ${verdict(measured.p95 < SURVEY_TARGETS.resultsMs)}`);
    }

    step(`making ${SURVEY_SUBMITS + WARM_UP_SUBMITS} employers, each signed in`);
    const submits = submitter(survey, await createSignedInUsers(sql, "employer", "bench-survey-employer", SURVEY_SUBMITS + WARM_UP_SUBMITS));
    const probeItem = submits.next();
    const tried = await fetch(`${TARGET.baseUrl}${submits.path}`, { method: "POST", headers: { "content-type": "application/json", cookie: `${SESSION_COOKIE}=${probeItem.token}` }, body: probeItem.body });
    if (tried.status === 404 || tried.status === 405) summary.push(`submit    POST ${submits.path}: SKIPPED (answered ${tried.status}: the API is not in this build)`);
    else if (tried.status !== 201) problems.push(`the first submission answered ${tried.status}: ${(await tried.text()).slice(0, 300)}`);
    else {
      await measure("warm-up submissions", { connections: 5, amount: WARM_UP_SUBMITS - 1, requests: [submits.request] }, undefined, TARGET);
      const before = await submittedCount(sql, survey.id);
      submits.references.length = 0;
      step(`POST ${submits.path} × ${SURVEY_SUBMITS} at ${POST_CONNECTIONS} connections`);
      const posted = await measure(`POST ${submits.path}`, { connections: POST_CONNECTIONS, amount: SURVEY_SUBMITS, requests: [submits.request] }, await probe(), TARGET);
      report(posted, POST_CONNECTIONS);
      problems.push(...broken(posted));
      const added = (await settledCount(sql, survey.id)) - before;
      const audit = await auditSubmits(sql, TARGET.baseUrl, survey.id, submits);
      const lost = posted.ok - added;
      summary.push(`submit    ${posted.perSecond.toFixed(1)} responses/s   2xx ${posted.ok}   rows added ${added}   lost ${Math.max(lost, 0)}   201 references in the database ${audit.referencesFound}/${submits.references.length}`);
      summary.push(`          duplicated people ${audit.duplicatedPeople}   duplicated keys ${audit.duplicatedKeys}   replays answered with the first reference ${audit.replaysMatching}/${audit.replays} (rows added ${audit.addedByReplays})`);
      const clean = lost <= 0 && audit.referencesFound === submits.references.length && audit.duplicatedPeople === 0 && audit.duplicatedKeys === 0 && audit.addedByReplays === 0 && audit.replaysMatching === audit.replays;
      summary.push(`          none lost, none duplicated: ${verdict(clean)}`);
      if (!clean) problems.push("submissions were lost or duplicated (see above)");
      const [responsesTally] = await checkTallies(sql, survey.id);
      if (responsesTally && responsesTally.tally !== responsesTally.counted) problems.push(`after the submissions the response tally is ${responsesTally.tally} for ${responsesTally.counted} responses`);
    }

    console.log(`\n================ Results (${TARGET.databaseName}) ================\n${summary.join("\n")}`);
    if (problems.length > 0) {
      console.error(`\nSomething broke:\n  ${problems.join("\n  ")}`);
      if (server) console.error(`\nLast server output:\n${server.output.slice(-30).join("\n")}`);
      return 1;
    }
    return 0;
  } finally {
    step("stopping the server and cleaning up");
    await cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
