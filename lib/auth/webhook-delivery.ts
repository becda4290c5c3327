import "server-only";
import type { WebhookDelivery } from "@/lib/server/email-events/receive-resend-webhook";

/**
 * A signed webhook request as plain values for its use case: the body's text and the signature
 * headers. Resend signs with Svix, which sends svix-*; the Standard Webhooks names (webhook-*) are
 * the same scheme.
 */
export async function readWebhookDelivery(request: Request): Promise<WebhookDelivery> {
  const header = (name: string) => request.headers.get(`svix-${name}`) ?? request.headers.get(`webhook-${name}`) ?? undefined;
  return { id: header("id"), timestamp: header("timestamp"), signature: header("signature"), body: await request.text() };
}
