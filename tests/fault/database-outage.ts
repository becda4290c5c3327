/**
 * Fault test: PostgreSQL dies mid-run and nothing a person was told was saved is lost.
 *   npm run test:fault      (needs a production build: `npm run build`)
 *
 * Starts its own PostgreSQL server (tests/fault/pg-server.ts), the app on it (`npm start`'s server,
 * two processes), and FAULT_SUBMITTERS (200) signed-in people who each send FAULT_SUBMISSIONS (4)
 * comments and survey responses as JSON, retrying a refused one with the same idempotency key after
 * its Retry-After, as a browser would. Mid-run the postmaster is killed with SIGKILL and started again
 * FAULT_OUTAGE_SECONDS (6) later. Then: every acknowledged submission is stored exactly once, every
 * refusal was a 503 with Retry-After (never a 401 "sign in" or a bare 500), a page opened meanwhile
 * says the service is restarting, and the same app processes serve again. Prints acknowledged, stored, duplicated and lost; exits 1 when anything is off.
 */
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import postgres from "postgres";
import { closeDatabase, openDatabase } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/seed/prepare-database";
import { startServer, stopServer, waitUntilServing } from "@/bench/lib/server";
import { createSignedInUsers, SESSION_COOKIE } from "@/bench/lib/survey-users";
import { startPgServer } from "./pg-server";

const SUBMITTERS = Number(process.env.FAULT_SUBMITTERS ?? 200);
const PER_SUBMITTER = Number(process.env.FAULT_SUBMISSIONS ?? 4);
const OUTAGE_SECONDS = Number(process.env.FAULT_OUTAGE_SECONDS ?? 6);
const PORT = Number(process.env.FAULT_PORT ?? 3300);
const DEADLINE_MS = 180_000;
const DATABASE = "lets_talk_fault";

type Kind = "comment" | "response";
type Tally = { latencies: number[]; acknowledged: { kind: Kind; marker: string }[]; retried503: number; missingRetryAfter: number; unauthorised: number; other: Map<string, number>; networkErrors: number; gaveUp: number };

async function main(): Promise<void> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first (npm test makes one).");
  const pgServer = await startPgServer();
  const admin = postgres(pgServer.url("postgres"), { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${DATABASE}`);
  await admin.end();
  const databaseUrl = pgServer.url(DATABASE);
  const handle = openDatabase({ url: databaseUrl, pgliteDir: "memory://" });
  await prepareDatabase(handle, { seed: true });
  await closeDatabase(handle);

  const baseUrl = `http://localhost:${PORT}`;
  const server = startServer({
    databaseName: DATABASE,
    databaseUrl,
    port: PORT,
    baseUrl,
    serverEnv: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      DATABASE_CONNECT_TIMEOUT_SECONDS: "2",
      AUTH_URL: baseUrl,
      AUTH_SECRET: "fault-test-secret-not-for-production-00000000000",
      RESEND_API_KEY: "",
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "error",
      JOBS_INTERVAL_MINUTES: "0",
      WEB_CONCURRENCY: "2",
    },
  });
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => undefined });
  const tally: Tally = { latencies: [], acknowledged: [], retried503: 0, missingRetryAfter: 0, unauthorised: 0, other: new Map(), networkErrors: 0, gaveUp: 0 };
  try {
    await waitUntilServing(server);
    const tokens = await createSignedInUsers(sql, "employer", `fault-${Date.now()}`, SUBMITTERS);
    const [topic] = await sql<{ id: string }[]>`select id from topics where slug = 'building-a-coventry-that-works-for-all'`;
    const [survey] = await sql<{ id: string }[]>`select id from surveys where slug = 'a-coventry-that-works-for-all'`;
    if (!topic || !survey) throw new Error("The demo topic or residents' survey is missing");
    const serverPids = await processIds(server.child.pid);

    const run = `r${Date.now().toString(36)}`;
    const deadline = Date.now() + DEADLINE_MS;
    const submitters = tokens.map((token, index) => submitOne(token, index));
    async function submitOne(token: string, index: number): Promise<void> {
      for (let turn = 0; turn < PER_SUBMITTER; turn += 1) {
        const kind: Kind = (index + turn) % 2 === 0 ? "comment" : "response";
        const marker = `fault ${run} ${index} ${turn}`;
        const submissionKey = randomUUID();
        const [path, body] =
          kind === "comment"
            ? [`/api/topics/${topic!.id}/comments`, { body: marker, submissionKey }]
            : [`/api/surveys/${survey!.id}/responses`, { answers: { get_on: 4, belonging: "fairly", ideas: marker }, submissionKey }];
        for (;;) {
          if (Date.now() > deadline) {
            tally.gaveUp += 1;
            return;
          }
          let response: Response;
          const sentAt = performance.now();
          try {
            response = await fetch(`${baseUrl}${path}`, { method: "POST", headers: { "content-type": "application/json", cookie: `${SESSION_COOKIE}=${token}` }, body: JSON.stringify(body) });
          } catch {
            tally.networkErrors += 1;
            await sleep(500);
            continue;
          }
          const text = await response.text();
          tally.latencies.push(performance.now() - sentAt);
          if (response.ok) {
            tally.acknowledged.push({ kind, marker });
            break;
          }
          if (response.status === 503) {
            tally.retried503 += 1;
            const retryAfter = Number(response.headers.get("retry-after"));
            if (!retryAfter) tally.missingRetryAfter += 1;
            // A browser waits as told; the test caps the wait so it runs quickly.
            await sleep(Math.min(retryAfter || 1, 1) * 1000);
            continue;
          }
          if (response.status === 401) tally.unauthorised += 1;
          const label = `${response.status} ${text.slice(0, 80)}`;
          tally.other.set(label, (tally.other.get(label) ?? 0) + 1);
          await sleep(1000);
        }
      }
    }

    // Kill the database once a quarter of the submissions are in, keep it down, start it again.
    const total = SUBMITTERS * PER_SUBMITTER;
    while (tally.acknowledged.length < total / 4 && Date.now() < deadline) await sleep(20);
    const killedAt = tally.acknowledged.length;
    pgServer.kill();
    // A signed-in person opening a page meanwhile is told to try again (not "sign in", not a bare error).
    await sleep(1000);
    const page = await fetch(`${baseUrl}/profile`, { headers: { cookie: `${SESSION_COOKIE}=${tokens[0]}` }, redirect: "manual" });
    const pageSaysTryAgain = (await page.text()).includes("The service is restarting");
    await sleep(OUTAGE_SECONDS * 1000 - 1000);
    await startAgain(pgServer.start);
    await Promise.all(submitters);

    const stored = await countStored(sql, run);
    const acknowledgedMarkers = new Set(tally.acknowledged.map((item) => item.marker));
    const lost = [...acknowledgedMarkers].filter((marker) => (stored.get(marker) ?? 0) === 0).length;
    const duplicated = [...stored.values()].filter((count) => count > 1).length;
    const afterPids = await processIds(server.child.pid);
    const recovered = (await fetch(`${baseUrl}/api/health`)).status === 200 && sameProcesses(serverPids, afterPids);

    console.log("\nFault test: PostgreSQL killed with SIGKILL mid-run");
    console.log(`  submitters                 ${SUBMITTERS} x ${PER_SUBMITTER} submissions (comments and survey responses)`);
    console.log(`  killed after               ${killedAt} acknowledged; down for ${OUTAGE_SECONDS} s`);
    console.log(`  acknowledged               ${tally.acknowledged.length} of ${total}`);
    console.log(`  stored                     ${[...stored.values()].filter((count) => count > 0).length}`);
    console.log(`  duplicated (must be 0)     ${duplicated}`);
    console.log(`  lost (must be 0)           ${lost}`);
    console.log(`  503 + Retry-After answers  ${tally.retried503} (without Retry-After: ${tally.missingRetryAfter})`);
    console.log(`  401 "sign in" (must be 0)  ${tally.unauthorised}`);
    console.log(`  other refusals (must be 0) ${[...tally.other.values()].reduce((a, b) => a + b, 0)} ${[...tally.other.entries()].map(([label, count]) => `\n    ${count} x ${label}`).join("")}`);
    const sorted = [...tally.latencies].sort((a, b) => a - b);
    const at = (share: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0);
    console.log(`  answer time                p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, slowest ${at(1)} ms (over ${sorted.length} answers)`);
    console.log(`  connection errors          ${tally.networkErrors}; gave up: ${tally.gaveUp}`);
    console.log(`  a page during the outage   ${pageSaysTryAgain ? `says the service is restarting (HTTP ${page.status})` : `DOES NOT say to try again (HTTP ${page.status})`}`);
    console.log(`  recovered without restart  ${recovered ? "yes" : "no"}`);
    const failed = duplicated > 0 || lost > 0 || tally.unauthorised > 0 || tally.other.size > 0 || tally.missingRetryAfter > 0 || tally.gaveUp > 0 || tally.networkErrors > 0 || !recovered || !pageSaysTryAgain || tally.acknowledged.length !== total;
    if (failed) {
      console.error("\nFAILED: see the figures above.");
      process.exitCode = 1;
    } else console.log("\nPASSED");
  } finally {
    await sql.end({ timeout: 1 }).catch(() => undefined);
    await stopServer(server);
    pgServer.destroy();
  }
}

/** How many rows hold each of this run's markers, comments and responses together. */
async function countStored(sql: postgres.Sql, run: string): Promise<Map<string, number>> {
  const rows = await sql<{ marker: string; total: number }[]>`
    select marker, count(*)::int as total from (
      select body as marker from comments where body like ${`fault ${run} %`}
      union all
      select answers->>'ideas' from survey_responses where answers->>'ideas' like ${`fault ${run} %`}
    ) found group by marker`;
  return new Map(rows.map((row) => [row.marker, row.total]));
}

/** Every process under the server (tsx, the cluster's primary, its workers): the same ones must serve after. */
async function processIds(pid: number | undefined): Promise<string> {
  if (!pid) return "";
  const { execFileSync } = await import("node:child_process");
  const table = execFileSync("ps", ["-e", "-o", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number));
  const found = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [child, parent] of table) {
      if (child !== undefined && parent !== undefined && found.has(parent) && !found.has(child)) {
        found.add(child);
        grew = true;
      }
    }
  }
  return [...found].sort((a, b) => a - b).join(" ");
}

function sameProcesses(before: string, after: string): boolean {
  return before.length > 0 && before === after;
}

/** After a crash, the old server's backends may hold shared memory for a moment: try again briefly. */
async function startAgain(start: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await start();
    } catch (error) {
      if (attempt >= 20) throw error;
      await sleep(250);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
