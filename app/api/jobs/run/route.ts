import { withCronSecret } from "@/lib/auth/route";
import { runScheduledJobs } from "@/lib/server/jobs/run-jobs";

/**
 * For hosted cron (hourly is plenty): `POST /api/jobs/run` with `Authorization: Bearer $CRON_SECRET`
 * queues the partner summaries that are due, then sends due mail. Safe to call any number of times.
 */
export const POST = withCronSecret(async () => Response.json(await runScheduledJobs()));
