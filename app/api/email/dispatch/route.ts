import { withCronSecret } from "@/lib/auth/route";
import { ConflictError } from "@/lib/errors";
import { dispatchPendingEmails } from "@/lib/server/outbox/dispatch-pending-emails";

/**
 * For hosted cron: `POST /api/email/dispatch` with `Authorization: Bearer $CRON_SECRET` sends due
 * email; GET does the same, as Vercel Cron calls with GET (vercel.json).
 */
const dispatch = withCronSecret(async () => {
  const report = await dispatchPendingEmails();
  if (!report) throw new ConflictError("problems.email.noProvider");
  return Response.json(report, { headers: { "Cache-Control": "no-store" } });
});

export const GET = dispatch;
export const POST = dispatch;
