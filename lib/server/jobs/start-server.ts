import "server-only";
import { getDatabaseHandle } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { dispatchPendingEmails } from "@/lib/server/outbox/dispatch-pending-emails";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { runScheduledJobs } from "@/lib/server/jobs/run-jobs";
import { foldTalliesIfDue } from "@/lib/server/surveys/tallies/fold-survey-tallies";

const store = globalThis as typeof globalThis & { __letsTalkDispatcher?: NodeJS.Timeout; __letsTalkJobs?: NodeJS.Timeout; __letsTalkTallyFold?: NodeJS.Timeout };

function every(seconds: number, name: string, work: () => Promise<unknown>): NodeJS.Timeout {
  const timer = setInterval(() => {
    work().catch((error: unknown) => logger.error({ err: error }, `${name} failed; it will run again`));
  }, seconds * 1000);
  timer.unref();
  return timer;
}

/**
 * Server start: the embedded database applies pending migrations (a hosted database is migrated
 * with `npm run db:migrate` or `supabase db push`); when a provider is configured, a loop sends due
 * email so retries happen even without a cron job; survey submissions' tally deltas are folded into
 * the tallies every SURVEY_TALLY_FOLD_SECONDS; and the scheduled jobs (partner summaries) run
 * every JOBS_INTERVAL_MINUTES, so a laptop or a single server needs no cron at all.
 */
export async function startServer(): Promise<void> {
  const handle = getDatabaseHandle();
  if (handle.kind === "pglite") {
    await migrateDatabase(handle);
    logger.info({ dir: env.PGLITE_DIR }, "Embedded database ready");
  }
  if (env.RESEND_API_KEY && env.EMAIL_DISPATCH_INTERVAL_SECONDS > 0 && !store.__letsTalkDispatcher) {
    store.__letsTalkDispatcher = every(env.EMAIL_DISPATCH_INTERVAL_SECONDS, "Email dispatch", dispatchPendingEmails);
  }
  if (env.SURVEY_TALLY_FOLD_SECONDS > 0 && !store.__letsTalkTallyFold) {
    store.__letsTalkTallyFold = every(env.SURVEY_TALLY_FOLD_SECONDS, "Survey tally fold", () => foldTalliesIfDue());
  }
  if (env.JOBS_INTERVAL_MINUTES > 0 && !store.__letsTalkJobs) {
    store.__letsTalkJobs = every(env.JOBS_INTERVAL_MINUTES * 60, "Scheduled jobs", () => runScheduledJobs());
  }
}
