import "server-only";
import { emailOutbox } from "@/lib/db/schema";
import type { Executor } from "@/lib/db/client";
import type { EmailMessage } from "@/lib/email/message";

/**
 * Writes an email to the outbox. Call it with the transaction of the event that causes the email,
 * so the two commit or fail together. Returns false when the idempotency key was already used.
 */
export async function enqueueEmail(executor: Executor, message: EmailMessage): Promise<boolean> {
  const inserted = await executor
    .insert(emailOutbox)
    .values({
      toAddress: message.to,
      subject: message.subject,
      textBody: message.text,
      htmlBody: message.html,
      category: message.category,
      idempotencyKey: message.idempotencyKey,
      headers: message.headers ?? {},
      contactId: message.contactId ?? null,
    })
    .onConflictDoNothing({ target: emailOutbox.idempotencyKey })
    .returning({ id: emailOutbox.id });
  return inserted.length > 0;
}
