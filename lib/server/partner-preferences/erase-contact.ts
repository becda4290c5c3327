import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { auditLog, emailEvents, emailOutbox, partnerContacts } from "@/lib/db/schema";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { lockLinkContact } from "./link-contact";

export type ContactErasure = { emailsDeleted: number; deliveryEventsDeleted: number; auditEntriesCleaned: number };

/**
 * A partner contact removes themselves, from their signed link: the contact and their choices go,
 * with the emails sent to the address and the provider's delivery events for it, and the officers'
 * audit entries about them keep what was done but no longer their name or address. The erasure is
 * recorded with counts only. (The email provider keeps its own suppression of an address that
 * bounced or complained.)
 */
export async function eraseContact(token: string): Promise<ContactErasure> {
  return getDb().transaction(async (tx) => {
    const { id } = await lockLinkContact(tx, token);
    const [contact] = await tx.select({ email: partnerContacts.email, organisationId: partnerContacts.organisationId }).from(partnerContacts).where(eq(partnerContacts.id, id));
    if (!contact) return { emailsDeleted: 0, deliveryEventsDeleted: 0, auditEntriesCleaned: 0 };
    const emails = await tx.delete(emailOutbox).where(eq(emailOutbox.toAddress, contact.email)).returning({ id: emailOutbox.id });
    const events = await tx.delete(emailEvents).where(eq(emailEvents.address, contact.email)).returning({ id: emailEvents.id });
    // Entries about this contact lose its name and addresses; an import's list of addresses loses this one.
    const about = await tx
      .update(auditLog)
      .set({ details: sql`${auditLog.details} - 'name' - 'email' - 'previousEmail'` })
      .where(and(eq(auditLog.subjectType, "partner_contact"), eq(auditLog.subjectId, id)))
      .returning({ id: auditLog.id });
    const imports = await tx
      .update(auditLog)
      .set({ details: sql`jsonb_set(${auditLog.details}, '{emails}', coalesce((select jsonb_agg(e) from jsonb_array_elements(${auditLog.details}->'emails') e where e <> to_jsonb(${contact.email}::text)), '[]'::jsonb))` })
      .where(and(eq(auditLog.action, "partner_contacts.imported"), sql`${auditLog.details}->'emails' ? ${contact.email}`))
      .returning({ id: auditLog.id });
    await tx.delete(partnerContacts).where(eq(partnerContacts.id, id));
    const erasure = { emailsDeleted: emails.length, deliveryEventsDeleted: events.length, auditEntriesCleaned: about.length + imports.length };
    await recordAudit(tx, { actorId: null, action: "partner_contact.erased", subjectType: "partner_contact", subjectId: id, details: { via: "link", organisationId: contact.organisationId, ...erasure } });
    return erasure;
  });
}
