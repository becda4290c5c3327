import { createHmac, randomBytes, randomUUID } from "node:crypto";

/** A webhook signing secret in Resend's (Svix's) format. */
export function testWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

/**
 * Signs a body the way Svix / Standard Webhooks do, written out here (not with the SDK) so the test
 * checks the SDK against the published scheme: HMAC-SHA256 of `${id}.${timestamp}.${body}` with the
 * base64-decoded secret, sent as `v1,<base64>`.
 */
export function svixHeaders(secret: string, body: string, options: { id?: string; timestamp?: number } = {}): Record<string, string> {
  const id = options.id ?? `msg_${randomUUID().replace(/-/g, "")}`;
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
  return { "svix-id": id, "svix-timestamp": timestamp, "svix-signature": `v1,${signature}`, "content-type": "application/json" };
}
