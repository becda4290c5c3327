/**
 * The job runner: `npm run jobs` queues the partner summaries that are due and sends due mail, once.
 * `npm run jobs -- --watch` repeats every JOBS_INTERVAL_MINUTES. Every run is idempotent, so cron may
 * call it as often as it likes. On the embedded database the server runs these jobs itself (a
 * PGlite folder is one process only); this runner is for a server on PostgreSQL, or a stopped one.
 */
import "./load-env";
import { closeDatabase, getDatabaseHandle } from "@/lib/db/client";
import { env } from "@/lib/env";
import { runScheduledJobs } from "@/lib/server/jobs/run-jobs";

async function runOnce(): Promise<void> {
  const report = await runScheduledJobs({ db: getDatabaseHandle().db });
  console.log(`${new Date().toISOString()} ${JSON.stringify(report)}`);
}

async function main(): Promise<void> {
  const watch = process.argv.includes("--watch");
  await runOnce();
  if (!watch) return;
  if (env.JOBS_INTERVAL_MINUTES === 0) throw new Error("JOBS_INTERVAL_MINUTES is 0, so --watch has nothing to repeat.");
  console.log(`Running again every ${env.JOBS_INTERVAL_MINUTES} minutes (Ctrl+C to stop).`);
  await new Promise<never>(() => {
    setInterval(() => {
      runOnce().catch((error: unknown) => console.error("Jobs failed; they run again next time:", error instanceof Error ? error.message : error));
    }, env.JOBS_INTERVAL_MINUTES * 60_000);
  });
}

main()
  .catch((error: unknown) => {
    console.error("Jobs failed:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDatabase(getDatabaseHandle()));
