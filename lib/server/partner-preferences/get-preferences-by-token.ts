import "server-only";
import { getDb } from "@/lib/db/client";
import { verifyContactToken } from "@/lib/server/partners/shared/contact-link";
import { readContact, type SummaryContact } from "@/lib/server/partners/shared/read-contacts";

export type PartnerPreferences = SummaryContact;

/** What the preference page shows the holder of a signed link, or null for a link that is not valid. */
export async function getPreferencesByToken(token: string): Promise<PartnerPreferences | null> {
  const contactId = verifyContactToken(token);
  return contactId ? readContact(getDb(), contactId) : null;
}
