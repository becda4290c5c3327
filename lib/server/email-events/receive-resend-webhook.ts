import "server-only";
import { randomUUID } from "node:crypto";
import { Resend } from "resend";
import { logger } from "@/lib/logger";
import { ZResendWebhookEvent, ZWebhookHeaders } from "@/lib/validations/resend-webhook";
import { recordEmailEvent } from "./record-email-event";

const MAX_BODY_CHARS = 512 * 1024;

// Verifying needs no API key, but the SDK's constructor insists on one.
const verifier = new Resend("re_webhook_verification_only").webhooks;

const problem = (status: number, error: string) => Response.json({ error }, { status });

function deliveryHeaders(request: Request) {
  // Resend signs with Svix, which sends svix-*; the Standard Webhooks names are the same scheme.
  const header = (name: string) => request.headers.get(`svix-${name}`) ?? request.headers.get(`webhook-${name}`) ?? undefined;
  return ZWebhookHeaders.safeParse({ id: header("id"), timestamp: header("timestamp"), signature: header("signature") });
}

/** Checks the signature with the Resend SDK; returns the parsed JSON, or a response saying what was wrong. */
function verify(payload: string, headers: { id: string; timestamp: string; signature: string }, webhookSecret: string): { ok: true; value: unknown } | { ok: false; response: Response } {
  try {
    return { ok: true, value: verifier.verify({ payload, headers, webhookSecret }) };
  } catch (error) {
    if (error instanceof SyntaxError) return { ok: false, response: problem(400, "The body is not JSON.") };
    // The SDK's verifier (standardwebhooks) throws WebhookVerificationError; anything else is ours to fix.
    if (!(error instanceof Error) || error.name !== "WebhookVerificationError") throw error;
    if (/timestamp/i.test(error.message)) return { ok: false, response: problem(401, "The webhook timestamp is more than 5 minutes from now, so it may be a replay. Nothing was changed.") };
    return { ok: false, response: problem(401, "The webhook signature does not match. Nothing was changed.") };
  }
}

/**
 * The Resend webhook: verifies the Svix signature against RESEND_WEBHOOK_SECRET, then records the
 * event (bounces and complaints suppress the contact). Off, with a 404, while no secret is set.
 */
export async function receiveResendWebhook(request: Request, webhookSecret: string | undefined): Promise<Response> {
  if (!webhookSecret) return problem(404, "RESEND_WEBHOOK_SECRET is not set, so the email webhook is off.");
  const headers = deliveryHeaders(request);
  if (!headers.success) return problem(400, "The svix-id, svix-timestamp and svix-signature headers are required.");
  const body = await request.text();
  if (body.length > MAX_BODY_CHARS) return problem(413, "The body is too large for an email event.");
  const verified = verify(body, headers.data, webhookSecret);
  if (!verified.ok) return verified.response;
  const event = ZResendWebhookEvent.safeParse(verified.value);
  if (!event.success) return problem(400, "The body is not a Resend event: it needs a type, and data with email_id and to for email events.");
  try {
    const outcome = await recordEmailEvent(headers.data.id, event.data);
    return Response.json(outcome.recorded ? { received: true, suppressed: outcome.suppressed } : { received: true, duplicate: true });
  } catch (error) {
    const reference = randomUUID().slice(0, 8);
    logger.error({ err: error, reference, deliveryId: headers.data.id }, "Email webhook failed");
    // A 500 makes Resend deliver the event again later.
    return problem(500, `The event could not be recorded. Reference ${reference}.`);
  }
}
