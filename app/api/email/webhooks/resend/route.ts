import { withPublic } from "@/lib/auth/route";
import { readWebhookDelivery } from "@/lib/auth/webhook-delivery";
import { env } from "@/lib/env";
import { receiveResendWebhook } from "@/lib/server/email-events/receive-resend-webhook";

/**
 * Resend's delivery events (bounces, complaints): `POST /api/email/webhooks/resend`, signed with
 * RESEND_WEBHOOK_SECRET (the signature is the authority). A 500 makes Resend deliver the event again later.
 */
export const POST = withPublic<Record<string, never>>(async (request) => Response.json(await receiveResendWebhook(await readWebhookDelivery(request), env.RESEND_WEBHOOK_SECRET)), {
  say: { unexpected: "problems.webhook.notRecorded" },
});
