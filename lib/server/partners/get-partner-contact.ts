import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { organisations, partnerContacts, partnerContactThemes } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { CONTACT_COLUMNS } from "./contact-rules";

/** One contact for its edit form, with the organisation it belongs to and its chosen themes. */
export async function getPartnerContact(contactId: string) {
  const db = getDb();
  const [contact] = await db
    .select({ ...CONTACT_COLUMNS, organisationId: partnerContacts.organisationId, organisationName: organisations.name })
    .from(partnerContacts)
    .innerJoin(organisations, eq(organisations.id, partnerContacts.organisationId))
    .where(eq(partnerContacts.id, contactId));
  if (!contact) throw new NotFoundError("That contact could not be found. They may have been removed.");
  const chosen = await db.select({ themeId: partnerContactThemes.themeId }).from(partnerContactThemes).where(eq(partnerContactThemes.contactId, contactId));
  return { ...contact, themeIds: chosen.map((row) => row.themeId) };
}
export type PartnerContact = Awaited<ReturnType<typeof getPartnerContact>>;
