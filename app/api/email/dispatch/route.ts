import { refuseCronRequest } from "@/lib/auth/cron-request";
import { dispatchPendingEmails } from "@/lib/server/outbox/dispatch-pending-emails";

/** For hosted cron: `POST /api/email/dispatch` with `Authorization: Bearer $CRON_SECRET` sends due email. */
export async function POST(request: Request): Promise<Response> {
  const refused = refuseCronRequest(request);
  if (refused) return refused;
  const report = await dispatchPendingEmails();
  if (!report) return Response.json({ error: "No email provider is configured (set RESEND_API_KEY)." }, { status: 409 });
  return Response.json(report);
}
