import { refuseCronRequest } from "@/lib/auth/cron-request";
import { runScheduledJobs } from "@/lib/server/jobs/run-jobs";

/**
 * For hosted cron (hourly is plenty): `POST /api/jobs/run` with `Authorization: Bearer $CRON_SECRET`
 * queues the partner summaries that are due, then sends due mail. Safe to call any number of times.
 */
export async function POST(request: Request): Promise<Response> {
  const refused = refuseCronRequest(request);
  if (refused) return refused;
  return Response.json(await runScheduledJobs());
}
