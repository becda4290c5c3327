import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { organisations, partnerContacts, partnerContactThemes, themes } from "@/lib/db/schema";
import { fieldProblem, message, ValidationError, type Message } from "@/lib/errors";
import { alreadyContactMessage } from "@/lib/domain/partners/parse-contacts-csv";

/** What officers see of a contact. */
export const CONTACT_COLUMNS = {
  id: partnerContacts.id,
  name: partnerContacts.name,
  email: partnerContacts.email,
  role: partnerContacts.role,
  language: partnerContacts.language,
  frequency: partnerContacts.frequency,
  allThemes: partnerContacts.allThemes,
  sendWhenQuiet: partnerContacts.sendWhenQuiet,
  status: partnerContacts.status,
  statusChangedAt: partnerContacts.statusChangedAt,
};

/** The organisation each of these addresses is already a contact of, by address. */
export async function existingContacts(tx: Executor, emails: string[], exceptContactId?: string): Promise<Map<string, string>> {
  if (emails.length === 0) return new Map();
  const rows = await tx
    .select({ email: partnerContacts.email, organisation: organisations.name })
    .from(partnerContacts)
    .innerJoin(organisations, eq(organisations.id, partnerContacts.organisationId))
    .where(and(inArray(partnerContacts.email, emails), exceptContactId ? ne(partnerContacts.id, exceptContactId) : undefined));
  return new Map(rows.map((row) => [row.email, row.organisation]));
}

/** One address, one contact, across every organisation: suppression (unsubscribed, bounced) is per address. */
export async function assertEmailFree(tx: Executor, email: string, exceptContactId?: string): Promise<void> {
  const organisation = (await existingContacts(tx, [email], exceptContactId)).get(email);
  if (organisation === undefined) return;
  const taken = alreadyContactMessage(email, organisation);
  throw new ValidationError(taken, { email: [taken] });
}

export async function assertThemesExist(tx: Executor, themeIds: string[]): Promise<void> {
  if (themeIds.length === 0) return;
  const found = await tx.select({ id: themes.id }).from(themes).where(inArray(themes.id, themeIds));
  if (found.length !== new Set(themeIds).size) {
    throw new ValidationError("validation.partnerContact.themeGone", fieldProblem("themeIds", "validation.partnerContact.themeGone"));
  }
}

export async function replaceContactThemes(tx: Executor, contactId: string, themeIds: string[]): Promise<void> {
  await tx.delete(partnerContactThemes).where(eq(partnerContactThemes.contactId, contactId));
  if (themeIds.length) await tx.insert(partnerContactThemes).values(themeIds.map((themeId) => ({ contactId, themeId })));
}

type Stopped = { name: string; status: "active" | "unsubscribed" | "bounced" | "complained"; statusChangedAt: Date | null };

/** Why mail to a contact stopped, as a message: "Sam Lee unsubscribed on 3 March 2027". Null while they are active. */
export function stoppedReason(contact: Stopped): Message | null {
  if (contact.status === "active") return null;
  const name = contact.name;
  if (!contact.statusChangedAt) return message(`problems.partnerContact.stopped.${contact.status}`, { name });
  return message(`problems.partnerContact.stopped.${contact.status}On`, { name, date: contact.statusChangedAt });
}
