import "server-only";
import { getDb, type Database } from "@/lib/db/client";
import { dispatchPendingEmails } from "@/lib/email/dispatch";
import type { DispatchReport } from "@/lib/email/dispatcher";
import { scheduleSummaries } from "@/lib/server/summaries/schedule-summaries";

export type JobsReport = {
  summaries: Awaited<ReturnType<typeof scheduleSummaries>>;
  email: DispatchReport | { skipped: string };
};

/**
 * The scheduled work, in order: queue every partner summary whose period has ended (idempotent: a
 * summary already queued for a contact and period is not queued again), then send due mail.
 */
export async function runScheduledJobs(options: { db?: Database; now?: Date } = {}): Promise<JobsReport> {
  const summaries = await scheduleSummaries({ db: options.db ?? getDb(), now: options.now ?? new Date() });
  const email = await dispatchPendingEmails();
  return { summaries, email: email ?? { skipped: "No email provider is configured (RESEND_API_KEY): mail waits in the console outbox." } };
}
