import { withCronSecret } from "@/lib/auth/route";
import { ConflictError } from "@/lib/errors";
import { dispatchPendingEmails } from "@/lib/server/outbox/dispatch-pending-emails";

/** For hosted cron: `POST /api/email/dispatch` with `Authorization: Bearer $CRON_SECRET` sends due email. */
export const POST = withCronSecret(async () => {
  const report = await dispatchPendingEmails();
  if (!report) throw new ConflictError("problems.email.noProvider");
  return Response.json(report);
});
