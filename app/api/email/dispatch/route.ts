import { withCronSecret } from "@/lib/auth/route";
import { dispatchPendingEmails } from "@/lib/email/dispatch";
import { ConflictError } from "@/lib/errors";

/** For hosted cron: `POST /api/email/dispatch` with `Authorization: Bearer $CRON_SECRET` sends due email. */
export const POST = withCronSecret(async () => {
  const report = await dispatchPendingEmails();
  if (!report) throw new ConflictError("problems.email.noProvider");
  return Response.json(report);
});
