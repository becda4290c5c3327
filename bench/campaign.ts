/**
 * Benchmark for survey campaigns: `npm run bench:campaign`.
 *
 * On a fresh PostgreSQL database (lets_talk_bench_campaign on 127.0.0.1:5432, migrated, no demo
 * data) it imports BENCH_CAMPAIGN_RECIPIENTS (10,000) generated recipients from CSV text, as the
 * console's import does (checked, then saved), and sends the campaign (every invitation queued in
 * the outbox). Then the dispatcher sends through a fake provider: first paced to Resend's default
 * rate limit (2 requests a second) for BENCH_CAMPAIGN_PACED_SECONDS, to show it keeps to it; then
 * the crash test: the dispatcher runs in a child process (bench/campaign-dispatch.ts) at
 * BENCH_CAMPAIGN_CRASH_RATE, is killed with SIGKILL mid-send, and run again (its clock ten minutes
 * on, when a row left "sending" counts as stale). It counts, per recipient, the invitations the
 * provider delivered: once, twice, never. Exits 1 when anyone got two or none.
 */
import "./lib/campaign-bench-env";
import { spawn } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import postgres from "postgres";
import { closeDatabase, getDatabaseHandle, type Database } from "@/lib/db/client";
import { surveys, users } from "@/lib/db/schema";
import { prepareDatabase } from "@/lib/seed/prepare-database";
import { createCampaign } from "@/lib/server/campaigns/create-campaign";
import { importRecipients } from "@/lib/server/campaigns/import-recipients";
import { sendCampaign } from "@/lib/server/campaigns/send-campaign";
import { dispatchDueEmails } from "@/lib/server/outbox/dispatch-due-emails";
import { CAMPAIGN_BENCH as TARGET, CAMPAIGN_CRASH_RATE, CAMPAIGN_PACED_SECONDS, CAMPAIGN_PROVIDER_RATE, CAMPAIGN_RECIPIENTS, CAMPAIGN_TARGETS } from "./lib/config";
import { createDatabase } from "./lib/database";
import { createProviderTables, deliveryCounts, fakeProvider } from "./lib/fake-provider";
import { verdict } from "./lib/report";
import { runBench, type BenchContext } from "./lib/run-bench";

const SIC = "ABCDEFGHIJKLMNOPQRSTU";
const SIZES = ["micro", "small", "medium", "large"];

/** A recipient file as an officer would upload it: a header, then one employer a row (a few repeated, a few broken). */
function recipientCsv(count: number): string {
  const rows = ["Name,Email,Organisation,Sector,Size"];
  for (let n = 0; n < count; n += 1) rows.push(`Person ${n},person-${n}@employer-${n % 997}.example.net,"Employer ${n}, Ltd",${SIC[n % SIC.length]},${SIZES[n % SIZES.length]}`);
  return rows.join("\n");
}

async function setUp() {
  const handle = getDatabaseHandle();
  await prepareDatabase(handle, { seed: false });
  const db: Database = handle.db;
  const [officer] = await db.insert(users).values({ email: "bench-officer@example.org", name: "Bench officer", role: "officer" }).returning({ id: users.id, email: users.email, name: users.name, role: users.role, locale: users.locale });
  const definition = { sections: [{ id: "first", title: "First", questions: [{ id: "likes", type: "yes_no", title: "Do you like it?", required: true }] }] };
  const [survey] = await db.insert(surveys).values({ slug: "bench-campaign", title: "Bench campaign survey", summary: "For the benchmark", status: "open", definition: definition as typeof surveys.$inferInsert.definition }).returning({ id: surveys.id });
  if (!officer || !survey) throw new Error("set-up rows not created");
  return { officer, surveyId: survey.id };
}

/** Runs the dispatcher child; with `killAfter`, kills it (SIGKILL) once that many deliveries are recorded. */
function dispatcherChild(sql: postgres.Sql, minutesAhead: number, killAfter?: number): Promise<{ killed: boolean; output: string }> {
  return new Promise((resolve, reject) => {
    // Node itself with tsx as a loader: SIGKILL then hits the dispatcher, not a wrapper that would leave it running.
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "bench/campaign-dispatch.ts", String(CAMPAIGN_CRASH_RATE), String(minutesAhead)], { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    let killed = false;
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const poll = killAfter
      ? setInterval(() => {
          void sql<{ total: number }[]>`select count(*)::int as total from bench_deliveries`.then(([row]) => {
            if (!killed && (row?.total ?? 0) >= killAfter) {
              killed = true;
              child.kill("SIGKILL");
            }
          });
        }, 50)
      : null;
    child.on("error", reject);
    child.on("exit", () => {
      if (poll) clearInterval(poll);
      resolve({ killed, output: output.trim() });
    });
  });
}

async function main(context: BenchContext): Promise<number> {
  const { step } = context;
  const summary: string[] = [`load      ${loadavg().map((n) => n.toFixed(2)).join(" ")} (1, 5, 15 min) on ${availableParallelism()} cores`];
  console.log(summary[0]);
  step(`creating database ${TARGET.databaseName}`);
  await createDatabase(TARGET);
  const sql = (context.sql = postgres(TARGET.databaseUrl, { max: 4, onnotice: () => undefined }));
  const { officer, surveyId } = await setUp();
  const { id: campaignId } = await createCampaign(officer, { surveyId, name: "Bench", reminderDays: [7, 14], linkDays: 60 });
  const csv = recipientCsv(CAMPAIGN_RECIPIENTS);

  step(`importing ${CAMPAIGN_RECIPIENTS.toLocaleString("en-GB")} recipients (${(csv.length / 1024 / 1024).toFixed(1)} MB of CSV)`);
  let started = performance.now();
  const imported = await importRecipients(officer, campaignId, "bench.csv", csv);
  const importSeconds = (performance.now() - started) / 1000;
  summary.push(`import    ${importSeconds.toFixed(2)} s for ${CAMPAIGN_RECIPIENTS.toLocaleString("en-GB")} rows (target < ${CAMPAIGN_TARGETS.importSeconds} s) ${verdict(importSeconds < CAMPAIGN_TARGETS.importSeconds)}   added ${imported.added}, merged ${imported.merged}, errors ${imported.errors}`);

  step("sending: queueing every invitation");
  started = performance.now();
  const { queued } = await sendCampaign(officer, campaignId);
  const queueSeconds = (performance.now() - started) / 1000;
  summary.push(`send      ${queueSeconds.toFixed(2)} s to queue ${queued.toLocaleString("en-GB")} invitations (target < ${CAMPAIGN_TARGETS.queueSeconds} s) ${verdict(queueSeconds < CAMPAIGN_TARGETS.queueSeconds)}`);

  await createProviderTables(sql);
  const paced = CAMPAIGN_PROVIDER_RATE * CAMPAIGN_PACED_SECONDS;
  step(`dispatching ${paced} at the provider's limit of ${CAMPAIGN_PROVIDER_RATE}/s`);
  started = performance.now();
  const report = await dispatchDueEmails({ db: getDatabaseHandle().db, sender: fakeProvider(sql), from: "bench@example.org", limit: paced, perSecond: CAMPAIGN_PROVIDER_RATE });
  const pacedSeconds = (performance.now() - started) / 1000;
  // n sends spaced 1/rate apart span (n - 1)/rate seconds: that is the rate they keep to.
  const rate = (report.sent - 1) / pacedSeconds;
  summary.push(`paced     ${report.sent} sent in ${pacedSeconds.toFixed(1)} s = ${rate.toFixed(2)}/s (limit ${CAMPAIGN_PROVIDER_RATE}/s) ${verdict(rate <= CAMPAIGN_PROVIDER_RATE * 1.02)}; at this rate ${queued.toLocaleString("en-GB")} take ${(queued / CAMPAIGN_PROVIDER_RATE / 60).toFixed(0)} min`);

  const killAt = Math.round(queued * 0.4);
  step(`crash test: dispatcher child at ${CAMPAIGN_CRASH_RATE}/s, SIGKILL after ${killAt.toLocaleString("en-GB")} deliveries`);
  const first = await dispatcherChild(sql, 0, killAt);
  // Nothing more arrives once it is dead: the count a moment later is the count at the kill.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const atKill = await deliveryCounts(sql, campaignId);
  const [stuck] = await sql<{ total: number }[]>`select count(*)::int as total from email_outbox where status = 'sending'`;
  step(`killed: ${first.killed}; ${atKill.deliveries} delivered, ${stuck?.total ?? 0} rows left "sending"; running the dispatcher again`);
  started = performance.now();
  const second = await dispatcherChild(sql, 11);
  step(`second run: ${second.output} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const counts = await deliveryCounts(sql, campaignId);
  const exact = first.killed && counts.twice === 0 && counts.never === 0 && counts.once === counts.recipients;
  summary.push(`crash     killed mid-send: ${first.killed ? "yes" : "NO (finished first)"} after ${atKill.deliveries}; left "sending": ${stuck?.total ?? 0}`);
  summary.push(`          recipients ${counts.recipients}: sent once ${counts.once}, twice ${counts.twice}, never ${counts.never} ${verdict(exact)}   (provider calls ${counts.calls}: ${counts.calls - counts.deliveries} repeats absorbed by the idempotency key)`);

  console.log(`\nCampaign benchmark (${CAMPAIGN_RECIPIENTS.toLocaleString("en-GB")} recipients)\n${summary.map((line) => `  ${line}`).join("\n")}`);
  await closeDatabase(getDatabaseHandle());
  return exact ? 0 : 1;
}

runBench(TARGET, main);
