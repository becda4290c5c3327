import type postgres from "postgres";
import { replayableHeaders } from "./baselines";
import { DURATION, POST_CONNECTIONS, SURVEYS_BENCH as TARGET } from "./config";
import { cpuProbe, measure, settledCount, type Measured } from "./load";
import { broken, report } from "./report";
import type { BenchContext } from "./run-bench";
import type { Server } from "./server";
import type { SkillsGapSurvey } from "./survey-bulk";
import { checkTallies } from "./survey-checks";
import { SURVEY_SUBMITS } from "./survey-config";
import { auditSubmits, submittedCount, submitter } from "./survey-submits";
import { createSignedInUsers, SESSION_COOKIE } from "./survey-users";

/** Lines for the summary, and what broke. */
export type Findings = { summary: string[]; problems: string[] };
const WARM_UP_SUBMITS = 50;
/** Connections for the results page: an officer or two looking at once. */
export const PAGE_CONNECTIONS = 2;

export type ResultsPage = { measured: Measured; body: string; headers: Record<string, string> };

/** GET the results page as an officer for BENCH_DURATION seconds; null while the page is not in the build. */
export async function measureResultsPage(sql: postgres.Sql, server: Server, surveyId: string, { summary, problems }: Findings): Promise<ResultsPage | null> {
  const [officer] = await createSignedInUsers(sql, "officer", "bench-survey-officer", 1);
  const path = `/console/surveys/${surveyId}/results`;
  const headers = { cookie: `${SESSION_COOKIE}=${officer}`, accept: "text/html" };
  const page = await fetch(`${TARGET.baseUrl}${path}`, { headers, redirect: "manual" });
  if (page.status !== 200) {
    summary.push(`results   GET ${path}: SKIPPED (answered ${page.status}: the page is not in this build)`);
    return null;
  }
  const body = await page.text();
  await measure("warm-up results page", { connections: PAGE_CONNECTIONS, amount: 20, requests: [{ method: "GET", path, headers }] }, undefined, TARGET);
  const measured = await measure(`GET ${path} (officer)`, { connections: PAGE_CONNECTIONS, duration: DURATION, requests: [{ method: "GET", path, headers }] }, await cpuProbe(server.child.pid ?? 0, sql, TARGET), TARGET);
  report(measured, PAGE_CONNECTIONS);
  problems.push(...broken(measured));
  return { measured, body, headers: replayableHeaders(page.headers) };
}

export type SubmitFigures = { measured: Measured; floor: Measured; lost: number; clean: boolean };

/**
 * POST responses through the API, each as a different employer with a fresh submission key, then
 * check none was lost or duplicated; null while the API is not in the build.
 */
export async function measureSubmits(context: BenchContext, sql: postgres.Sql, server: Server, survey: SkillsGapSurvey, { summary, problems }: Findings): Promise<SubmitFigures | null> {
  context.step(`making ${SURVEY_SUBMITS + WARM_UP_SUBMITS} employers, each signed in`);
  const submits = submitter(survey, await createSignedInUsers(sql, "employer", "bench-survey-employer", SURVEY_SUBMITS + WARM_UP_SUBMITS));
  const first = submits.next();
  const tried = await fetch(`${TARGET.baseUrl}${submits.path}`, { method: "POST", headers: { "content-type": "application/json", cookie: `${SESSION_COOKIE}=${first.token}` }, body: first.body });
  if (tried.status === 404 || tried.status === 405) {
    summary.push(`submit    POST ${submits.path}: SKIPPED (answered ${tried.status}: the API is not in this build)`);
    return null;
  }
  if (tried.status !== 201) {
    problems.push(`the first submission answered ${tried.status}: ${(await tried.text()).slice(0, 300)}`);
    return null;
  }
  first.reference = ((await tried.json()) as { reference: string }).reference;
  await measure("warm-up submissions", { connections: 5, amount: WARM_UP_SUBMITS - 1, requests: [submits.request] }, undefined, TARGET);
  const before = await submittedCount(sql, survey.id);
  submits.references.length = 0;
  context.step(`POST ${submits.path} × ${SURVEY_SUBMITS} at ${POST_CONNECTIONS} connections`);
  const posted = await measure(`POST ${submits.path}`, { connections: POST_CONNECTIONS, amount: SURVEY_SUBMITS, requests: [submits.request] }, await cpuProbe(server.child.pid ?? 0, sql, TARGET), TARGET);
  report(posted, POST_CONNECTIONS);
  problems.push(...broken(posted));
  const added = (await settledCount(() => submittedCount(sql, survey.id))) - before;
  const audit = await auditSubmits(sql, TARGET.baseUrl, survey.id, submits);
  const lost = posted.ok - added;
  summary.push(`submit    ${posted.perSecond.toFixed(1)} responses/s   2xx ${posted.ok}   rows added ${added}   lost ${Math.max(lost, 0)}   201 references in the database ${audit.referencesFound}/${submits.references.length}`);
  summary.push(`          duplicated people ${audit.duplicatedPeople}   duplicated keys ${audit.duplicatedKeys}   replays answered with the first reference ${audit.replaysMatching}/${audit.replays} (rows added ${audit.addedByReplays})`);
  const clean = lost <= 0 && audit.referencesFound === submits.references.length && audit.duplicatedPeople === 0 && audit.duplicatedKeys === 0 && audit.addedByReplays === 0 && audit.replaysMatching === audit.replays;
  if (!clean) problems.push("submissions were lost or duplicated (see above)");
  // Counted once each, folded or not: the tallies as results read them against the rows.
  const [responses] = await checkTallies(sql, survey.id, 1);
  summary.push(`          response tally after the submissions ${responses?.tally} for ${responses?.counted} submitted rows: ${responses?.tally === responses?.counted ? "equal" : "DIFFERENT"}`);
  if (responses && responses.tally !== responses.counted) problems.push(`after the submissions the response tally is ${responses.tally} for ${responses.counted} responses`);
  // The floor of a submission: the same route, signed in, refusing an empty body (400) before any
  // database work, so what a submission costs above it is the use case's.
  const floor = await measure(
    `POST ${submits.path} with an empty body (signed in, refused with 400 before any database work: the floor of a submission)`,
    { connections: POST_CONNECTIONS, duration: 5, requests: [{ method: "POST", path: submits.path, headers: { "content-type": "application/json", cookie: `${SESSION_COOKIE}=${first.token}` }, body: "{}" }] },
    await cpuProbe(server.child.pid ?? 0, sql, TARGET),
    TARGET,
  );
  report(floor, POST_CONNECTIONS);
  problems.push(...broken(floor).filter((problem) => !problem.includes("non-2xx")));
  return { measured: posted, floor, lost: Math.max(lost, 0), clean: clean && responses?.tally === responses?.counted };
}
