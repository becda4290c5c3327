import "server-only";
import { getDb, type Database } from "@/lib/db/client";
import { dispatchPendingEmails } from "@/lib/server/outbox/dispatch-pending-emails";
import type { DispatchReport } from "@/lib/server/outbox/dispatch-due-emails";
import { queueCampaignReminders, type ReminderReport } from "@/lib/server/campaigns/queue-campaign-reminders";
import { purgeExpiredData, type PurgeReport } from "@/lib/server/retention/purge-expired-data";
import { scheduleSummaries } from "@/lib/server/summaries/schedule-summaries";
import { foldSurveyTallies, type FoldReport } from "@/lib/server/surveys/tallies/fold-survey-tallies";
import { runQueuedAnalyses, type AnalysisReport } from "@/lib/server/insight/run-queued-analyses";

export type JobsReport = {
  summaries: Awaited<ReturnType<typeof scheduleSummaries>>;
  reminders: ReminderReport;
  email: DispatchReport | { skipped: string };
  retention: PurgeReport;
  tallies: FoldReport;
  analyses: AnalysisReport;
};

/**
 * The scheduled work, in order: queue every partner summary whose period has ended (idempotent: a
 * summary already queued for a contact and period is not queued again), queue the campaign reminders
 * that are due (idempotent in the same way), send due mail, remove what the retention periods say
 * has been kept long enough, fold survey submissions' tally deltas into the tallies, then run any
 * theme analysis still queued (one started from a page runs at once; this picks up what a restart left).
 */
export async function runScheduledJobs(options: { db?: Database; now?: Date } = {}): Promise<JobsReport> {
  const summaries = await scheduleSummaries({ db: options.db ?? getDb(), now: options.now ?? new Date() });
  const reminders = await queueCampaignReminders({ db: options.db ?? getDb(), now: options.now });
  const email = await dispatchPendingEmails();
  const retention = await purgeExpiredData({ db: options.db, now: options.now });
  const tallies = await foldSurveyTallies({ db: options.db });
  const analyses = await runQueuedAnalyses({ db: options.db });
  return { summaries, reminders, email: email ?? { skipped: "No email provider is configured (RESEND_API_KEY): mail waits in the console outbox." }, retention, tallies, analyses };
}
