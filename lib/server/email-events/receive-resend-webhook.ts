import "server-only";
import { Resend } from "resend";
import { NotFoundError, TooLargeError, UnauthenticatedError, ValidationError } from "@/lib/errors";
import { ZResendWebhookEvent, ZWebhookHeaders } from "@/lib/validations/resend-webhook";
import { recordEmailEvent } from "./record-email-event";

const MAX_BODY_CHARS = 512 * 1024;

// Verifying needs no API key, but the SDK's constructor insists on one.
const verifier = new Resend("re_webhook_verification_only").webhooks;

/** One delivery of the webhook, as the route reads it: the signature headers and the body's text. */
export type WebhookDelivery = { id?: string; timestamp?: string; signature?: string; body: string };

/** Checks the signature with the Resend SDK and returns the parsed JSON; throws what was wrong. */
function verify(payload: string, headers: { id: string; timestamp: string; signature: string }, webhookSecret: string): unknown {
  try {
    return verifier.verify({ payload, headers, webhookSecret });
  } catch (error) {
    if (error instanceof SyntaxError) throw new ValidationError("problems.webhook.notJson");
    // The SDK's verifier (standardwebhooks) throws WebhookVerificationError; anything else is ours to fix.
    if (!(error instanceof Error) || error.name !== "WebhookVerificationError") throw error;
    throw new UnauthenticatedError(/timestamp/i.test(error.message) ? "problems.webhook.staleTimestamp" : "problems.webhook.badSignature");
  }
}

export type WebhookOutcome = { received: true; suppressed: "bounced" | "complained" | null } | { received: true; duplicate: true };

/**
 * The Resend webhook: verifies the Svix signature against RESEND_WEBHOOK_SECRET, then records the
 * event (bounces and complaints suppress the contact). Off (a NotFoundError) while no secret is set;
 * a request that is not a signed event is refused with a typed error, and nothing changes.
 */
export async function receiveResendWebhook(delivery: WebhookDelivery, webhookSecret: string | undefined): Promise<WebhookOutcome> {
  if (!webhookSecret) throw new NotFoundError("problems.webhook.off");
  const headers = ZWebhookHeaders.safeParse({ id: delivery.id, timestamp: delivery.timestamp, signature: delivery.signature });
  if (!headers.success) throw new ValidationError("problems.webhook.missingHeaders");
  const { body } = delivery;
  if (body.length > MAX_BODY_CHARS) throw new TooLargeError("problems.webhook.tooLarge");
  const event = ZResendWebhookEvent.safeParse(verify(body, headers.data, webhookSecret));
  if (!event.success) throw new ValidationError("problems.webhook.notEvent");
  const outcome = await recordEmailEvent(headers.data.id, event.data);
  return outcome.recorded ? { received: true, suppressed: outcome.suppressed } : { received: true, duplicate: true };
}
