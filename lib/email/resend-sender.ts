import "server-only";
import { Resend } from "resend";
import type { EmailSender, OutgoingEmail, SendResult } from "./message";

/** Sends through Resend. `baseUrl` points the real SDK elsewhere (tests, a regional endpoint). */
export function createResendSender(options: { apiKey: string; baseUrl?: string }): EmailSender {
  const resend = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
  return {
    async send(message: OutgoingEmail): Promise<SendResult> {
      try {
        const { data, error } = await resend.emails.send(
          {
            from: message.from,
            to: message.to,
            subject: message.subject,
            text: message.text,
            html: message.html,
            ...(message.headers && Object.keys(message.headers).length > 0 ? { headers: message.headers } : {}),
          },
          // Resend drops a repeat of the same key for 24 hours, so a crash between sending and
          // recording "sent" cannot make a second copy.
          { idempotencyKey: `outbox-${message.id}` },
        );
        if (error) {
          // A gateway's JSON error may lack statusCode: treat an unknown status like a network error.
          const status = typeof error.statusCode === "number" ? error.statusCode : null;
          return { ok: false, retryable: status === null || status === 429 || status >= 500, error: `${status ?? "network"}: ${error.message}` };
        }
        return { ok: true, providerMessageId: data?.id ?? null };
      } catch (caught) {
        return { ok: false, retryable: true, error: caught instanceof Error ? caught.message : String(caught) };
      }
    },
  };
}
