export type EmailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** What caused it, for the console: "sign-in", "moderation", "summary", ... */
  category: string;
  /** One email per key, ever: a repeated enqueue of the same key is ignored. */
  idempotencyKey: string;
};

export type OutgoingEmail = EmailMessage & { id: string; from: string };

export type SendResult =
  | { ok: true; providerMessageId: string | null }
  | { ok: false; retryable: boolean; error: string };

export interface EmailSender {
  send(message: OutgoingEmail): Promise<SendResult>;
}
