import { timingSafeEqual } from "node:crypto";
import { dispatchPendingEmails } from "@/lib/email/dispatch";
import { env } from "@/lib/env";

function authorised(request: Request): boolean {
  if (!env.CRON_SECRET) return false;
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${env.CRON_SECRET}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** For hosted cron: `POST /api/email/dispatch` with `Authorization: Bearer $CRON_SECRET` sends due email. */
export async function POST(request: Request): Promise<Response> {
  if (!env.CRON_SECRET) return Response.json({ error: "CRON_SECRET is not set, so this endpoint is off." }, { status: 404 });
  if (!authorised(request)) return Response.json({ error: "Wrong or missing bearer token." }, { status: 401 });
  const report = await dispatchPendingEmails();
  if (!report) return Response.json({ error: "No email provider is configured (set RESEND_API_KEY)." }, { status: 409 });
  return Response.json(report);
}
