import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { isLocale } from "@/lib/i18n/locales";
import { organisations, partnerContacts } from "@/lib/db/schema";
import { blockedAddresses, saveRecipients } from "./campaign-rules";

/**
 * Adds the active contacts of these organisations to the campaign (in the caller's transaction),
 * with their organisation's name, sector and size and their own language; suppressed addresses are skipped and counted.
 */
export async function addContactsTo(tx: Executor, campaignId: string, organisationIds: string[]): Promise<{ added: number; merged: number; skipped: number }> {
  const contacts = await tx
    .select({ id: partnerContacts.id, email: partnerContacts.email, name: partnerContacts.name, organisationName: organisations.name, sector: organisations.sicSection, sizeBand: organisations.sizeBand, language: partnerContacts.language })
    .from(partnerContacts)
    .innerJoin(organisations, eq(organisations.id, partnerContacts.organisationId))
    .where(and(inArray(partnerContacts.organisationId, organisationIds), eq(partnerContacts.status, "active")));
  const blocked = await blockedAddresses(tx, contacts.map((contact) => contact.email));
  const allowed = contacts.filter((contact) => !blocked.has(contact.email));
  const saved = await saveRecipients(
    tx,
    campaignId,
    "partner contacts",
    allowed.map(({ id, language, ...contact }) => ({ ...contact, locale: isLocale(language) ? language : null, contactId: id })),
  );
  return { ...saved, skipped: contacts.length - allowed.length };
}
