import { env } from "@/lib/env";
import { receiveResendWebhook } from "@/lib/server/email-events/receive-resend-webhook";

/** Resend's delivery events (bounces, complaints): `POST /api/email/webhooks/resend`, signed with RESEND_WEBHOOK_SECRET. */
export async function POST(request: Request): Promise<Response> {
  return receiveResendWebhook(request, env.RESEND_WEBHOOK_SECRET);
}
