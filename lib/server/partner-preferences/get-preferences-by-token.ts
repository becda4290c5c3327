import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { organisations, partnerContactThemes, partnerContacts } from "@/lib/db/schema";
import { verifyContactToken } from "@/lib/server/partners/contact-link";

export type PartnerPreferences = {
  name: string;
  organisation: string;
  language: string;
  frequency: "weekly" | "monthly";
  allThemes: boolean;
  themeIds: string[];
  sendWhenQuiet: boolean;
  status: "active" | "unsubscribed" | "bounced" | "complained";
};

/** What the preference page shows the holder of a signed link, or null for a link that is not valid. */
export async function getPreferencesByToken(token: string): Promise<PartnerPreferences | null> {
  const contactId = verifyContactToken(token);
  if (!contactId) return null;
  const db = getDb();
  const [contact] = await db
    .select({
      name: partnerContacts.name,
      organisation: organisations.name,
      language: partnerContacts.language,
      frequency: partnerContacts.frequency,
      allThemes: partnerContacts.allThemes,
      sendWhenQuiet: partnerContacts.sendWhenQuiet,
      status: partnerContacts.status,
    })
    .from(partnerContacts)
    .innerJoin(organisations, eq(organisations.id, partnerContacts.organisationId))
    .where(eq(partnerContacts.id, contactId));
  if (!contact) return null;
  const themes = await db.select({ themeId: partnerContactThemes.themeId }).from(partnerContactThemes).where(eq(partnerContactThemes.contactId, contactId));
  return { ...contact, themeIds: themes.map((row) => row.themeId) };
}
