import "server-only";
import { emailOutbox } from "@/lib/db/schema";
import type { Executor } from "@/lib/db/client";
import type { EmailMessage } from "@/lib/email/message";

const row = (message: EmailMessage) => ({
  toAddress: message.to,
  subject: message.subject,
  textBody: message.text,
  htmlBody: message.html,
  category: message.category,
  idempotencyKey: message.idempotencyKey,
  headers: message.headers ?? {},
  contactId: message.contactId ?? null,
  campaignRecipientId: message.campaignRecipientId ?? null,
});

/**
 * Writes an email to the outbox. Call it with the transaction of the event that causes the email,
 * so the two commit or fail together. Returns false when the idempotency key was already used.
 */
export async function enqueueEmail(executor: Executor, message: EmailMessage): Promise<boolean> {
  return (await enqueueEmails(executor, [message])) > 0;
}

/** Many emails in one statement (a campaign's invitations); returns how many were new. */
export async function enqueueEmails(executor: Executor, messages: EmailMessage[]): Promise<number> {
  if (messages.length === 0) return 0;
  const inserted = await executor
    .insert(emailOutbox)
    .values(messages.map(row))
    .onConflictDoNothing({ target: emailOutbox.idempotencyKey })
    .returning({ id: emailOutbox.id });
  return inserted.length;
}
