import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { emailOutbox, partnerContacts } from "@/lib/db/schema";

export type ContactStatus = (typeof partnerContacts.status.enumValues)[number];
type Which = { ids: string[] } | { emails: string[] };

const WHY_CANCELLED: Record<Exclude<ContactStatus, "active">, string> = {
  unsubscribed: "Not sent: the contact unsubscribed.",
  bounced: "Not sent: the contact's address bounced.",
  complained: "Not sent: the contact marked our email as spam.",
};

/**
 * Moves contacts (by id, or by address) to a status and stamps when. Leaving "active" also cancels
 * their mail still waiting in the outbox, so nothing queued before the change goes out after it.
 * Contacts already in that status are left alone: the change is idempotent.
 */
export async function setContactStatus(
  executor: Executor,
  which: Which,
  status: ContactStatus,
  now = new Date(),
): Promise<{ contactIds: string[]; cancelled: number }> {
  if (("ids" in which ? which.ids : which.emails).length === 0) return { contactIds: [], cancelled: 0 };
  const match = "ids" in which ? inArray(partnerContacts.id, which.ids) : inArray(partnerContacts.email, which.emails.map((email) => email.trim().toLowerCase()));
  const changed = await executor
    .update(partnerContacts)
    .set({ status, statusChangedAt: now, updatedAt: now })
    .where(and(match, ne(partnerContacts.status, status)))
    .returning({ id: partnerContacts.id });
  const contactIds = changed.map((row) => row.id);
  if (status === "active" || contactIds.length === 0) return { contactIds, cancelled: 0 };
  const cancelled = await executor
    .update(emailOutbox)
    .set({ status: "cancelled", lastError: WHY_CANCELLED[status], updatedAt: now })
    .where(and(inArray(emailOutbox.contactId, contactIds), eq(emailOutbox.status, "queued")))
    .returning({ id: emailOutbox.id });
  return { contactIds, cancelled: cancelled.length };
}
