import { withCronSecret } from "@/lib/auth/route";
import { runScheduledJobs } from "@/lib/server/jobs/run-jobs";

/**
 * For hosted cron (hourly is plenty): `POST /api/jobs/run` with `Authorization: Bearer $CRON_SECRET`
 * queues the partner summaries that are due, then sends due mail. Safe to call any number of times.
 * GET does the same, as Vercel Cron calls with GET (vercel.json); the bearer secret is the authority
 * either way, and no browser sends it on its own.
 */
const run = withCronSecret(async () => Response.json(await runScheduledJobs(), { headers: { "Cache-Control": "no-store" } }));

export const GET = run;
export const POST = run;
