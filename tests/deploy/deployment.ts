/**
 * Deployment test: the container image's server works, alone and as several instances.
 *   npm run test:deploy      (needs `npm run build`: npm test makes one; this test builds nothing)
 *
 * Runs the standalone folder `npm run build` left in .next/standalone exactly as the Dockerfile's
 * final stage does (its WORKDIR contents, ENV and CMD, read from the Dockerfile), against a fresh
 * PostgreSQL database migrated and seeded by the image's own `node db.mjs prepare`:
 *   1. one instance: `/`, a topic page (also in Urdu), a file under /_next/static and /api/health
 *      answer 200 with a nonce-based policy; the HEALTHCHECK command passes; a forged
 *      X-Forwarded-For is not taken for the client's address; SIGTERM stops it cleanly.
 *   2. two separate instances (not a cluster: WEB_CONCURRENCY=1 each, their own ports, one
 *      database reached through PgBouncer in transaction mode, as through Supabase's pooler;
 *      PAGE_CACHE_SECONDS=2): a comment posted through A shows on B's cached signed-out page within
 *      the cache's lifetime, the comment limit counts posts through both together, and the database
 *      saw no more connections than instances x DATABASE_POOL_SIZE.
 * Prints a PASS or FAIL line per check and exits 1 if any failed. DEPLOY_PG_URL names another server.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { Server } from "@/bench/lib/server";
import { checkPageCacheAcrossInstances, checkRateLimitAcrossInstances } from "./across-instances";
import { readLaunch } from "./dockerfile";
import { startPooler } from "./pooler";
import { trustedResident } from "./http";
import { checkClientAddress, checkHealthCheckCommand, checkPages } from "./one-instance";
import { createReport } from "./report";
import { imageFolder, instanceEnv, runInImage, sparePort, startInstance, stopServer } from "./standalone-servers";

const SERVER_URL = process.env.DEPLOY_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DATABASE = `lets_talk_deploy_${process.pid}`;
const PAGE_CACHE_SECONDS = 2;
const TOPIC_SLUG = "building-a-coventry-that-works-for-all";
const SURVEY_SLUG = "a-coventry-that-works-for-all";
/** Connections per instance behind the pooler: README's "Sizing the pool". */
const POOL_SIZE = 3;
const TEST_CONNECTION = "lets-talk-deploy-test";

function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin(statement: string): Promise<void> {
  const admin = postgres(SERVER_URL, { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(statement);
  } finally {
    await admin.end();
  }
}

async function main(): Promise<number> {
  const launch = readLaunch();
  console.log(`The Dockerfile runs \`${launch.command.join(" ")}\` in ${launch.workdir}, a copy of ${launch.copied} (${imageFolder(launch)})`);
  await withAdmin(`create database ${DATABASE}`);
  const uploads = mkdtempSync(path.join(tmpdir(), "lets-talk-deploy-"));
  const sql = postgres(databaseUrl(DATABASE), { max: 2, onnotice: () => undefined, connection: { application_name: TEST_CONNECTION } });
  const pooler = startPooler(SERVER_URL);
  const report = createReport();
  const servers: Server[] = [];
  try {
    const [port, portA, portB] = [await sparePort(), await sparePort(), await sparePort()];
    // The settings a deployment gives every instance (one site, so one AUTH_URL), and each its port.
    const settings = (instancePort: number) =>
      instanceEnv(launch, {
        DATABASE_URL: databaseUrl(DATABASE),
        AUTH_URL: `http://localhost:${port}`,
        AUTH_SECRET: "deploy-test-secret-not-for-production-00000000000",
        PORT: String(instancePort),
        WEB_CONCURRENCY: "1",
        PAGE_CACHE_SECONDS: String(PAGE_CACHE_SECONDS),
        UPLOAD_DIR: uploads,
        JOBS_INTERVAL_MINUTES: "0",
        LOG_LEVEL: "warn",
      });
    console.log(runInImage(launch, ["node", "db.mjs", "prepare"], settings(port)));
    const [topic] = await sql<{ id: string; slug: string; title: string }[]>`select id, slug, title from topics where slug = ${TOPIC_SLUG}`;
    const [survey] = await sql<{ id: string }[]>`select id from surveys where slug = ${SURVEY_SLUG}`;
    if (!topic || !survey) throw new Error("The demo topic or the residents' survey is missing after `node db.mjs prepare`");

    console.log(`\nOne instance on port ${port}`);
    const one = await startInstance(launch, settings(port));
    servers.push(one);
    await checkPages(report, one.baseUrl, topic);
    checkHealthCheckCommand(report, launch, settings(port));
    await checkClientAddress(report, one.baseUrl, sql, survey.id);
    await stopServer(one);
    report.check("SIGTERM stops it cleanly, as a container runtime stops it", one.child.exitCode === 0, `exit code ${one.child.exitCode}, signal ${one.child.signalCode}`);

    console.log(`\nTwo instances, A on port ${portA} and B on port ${portB}, one database through PgBouncer (transaction mode), PAGE_CACHE_SECONDS=${PAGE_CACHE_SECONDS}`);
    const pooled = (instancePort: number) => ({
      ...settings(instancePort),
      DATABASE_URL: pooler.url(DATABASE),
      DATABASE_POOL_MODE: "transaction",
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      DATABASE_MIGRATION_URL: databaseUrl(DATABASE),
    });
    const [a, b] = await Promise.all([startInstance(launch, pooled(portA)), startInstance(launch, pooled(portB))]);
    servers.push(a, b);
    const pair = { a: a.baseUrl, b: b.baseUrl };
    await checkPageCacheAcrossInstances(report, pair, topic, await trustedResident(sql, topic.id, "cache"), PAGE_CACHE_SECONDS);
    await checkRateLimitAcrossInstances(report, pair, topic, { split: await trustedResident(sql, topic.id, "split"), single: await trustedResident(sql, topic.id, "single") });
    // A burst of requests that each query the database, so each instance opens all the connections it may.
    await Promise.all([a, b].flatMap((instance) => Array.from({ length: 30 }, () => fetch(`${instance.baseUrl}/api/health`).then((response) => response.arrayBuffer()))));
    const [connections] = await sql<{ total: number }[]>`
      select count(*)::int as total from pg_stat_activity
      where datname = ${DATABASE} and backend_type = 'client backend' and application_name <> ${TEST_CONNECTION}`;
    const bound = 2 * POOL_SIZE;
    report.check("the database saw no more than instances x DATABASE_POOL_SIZE connections", (connections?.total ?? 0) <= bound, `${connections?.total} server connections from the pooler for 2 instances x ${POOL_SIZE} (at most ${bound})`);
  } finally {
    for (const server of servers) await stopServer(server);
    await sql.end();
    pooler.stop();
    await withAdmin(`drop database if exists ${DATABASE} with (force)`);
    rmSync(uploads, { recursive: true, force: true });
  }
  if (report.failed() > 0) {
    for (const server of servers) console.error(`\n${server.baseUrl} said:\n${server.output.slice(-30).join("\n")}`);
    console.error(`\nDeployment test: ${report.failed()} check(s) failed`);
    return 1;
  }
  console.log("\nDeployment test passed");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("Deployment test failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
