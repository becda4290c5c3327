export type EmailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** What caused it, for the console: "sign-in", "moderation", "summary", ... */
  category: string;
  /** One email per key, ever: a repeated enqueue of the same key is ignored. */
  idempotencyKey: string;
  /** Extra headers, such as RFC 8058 List-Unsubscribe on partner mail. */
  headers?: Record<string, string>;
  /** A partner contact: the email is cancelled if they unsubscribe or bounce before it goes. */
  contactId?: string | null;
  /** A campaign recipient: the email is cancelled if they answer, unsubscribe or bounce before it goes. */
  campaignRecipientId?: string | null;
};

export type OutgoingEmail = EmailMessage & { id: string; from: string };

export type SendResult =
  | { ok: true; providerMessageId: string | null }
  | { ok: false; retryable: boolean; error: string };

export interface EmailSender {
  send(message: OutgoingEmail): Promise<SendResult>;
}
