import { inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { organisations, partnerContacts, partnerContactThemes } from "@/lib/db/schema";
import { DEMO_PARTNER_CONTACTS } from "./demo-partner-contacts";

const DAY = 86_400_000;

function required(map: Map<string, string>, key: string): string {
  const value = map.get(key);
  if (!value) throw new Error(`Demo partner contacts refer to "${key}", which is not seeded`);
  return value;
}

/**
 * Seeds the partners' contacts. Idempotent: an address that is already a contact is left alone
 * (an officer may have changed it, or the contact unsubscribed), and only new contacts get themes.
 */
export async function seedPartners(tx: Executor, context: { today: Date; themeIds: Map<string, string> }): Promise<number> {
  const slugs = [...new Set(DEMO_PARTNER_CONTACTS.map((contact) => contact.organisation))];
  const orgIds = new Map((await tx.select({ id: organisations.id, slug: organisations.slug }).from(organisations).where(inArray(organisations.slug, slugs))).map((row) => [row.slug, row.id]));
  const created = await tx
    .insert(partnerContacts)
    .values(
      DEMO_PARTNER_CONTACTS.map((contact) => ({
        organisationId: required(orgIds, contact.organisation),
        name: contact.name,
        email: contact.email,
        role: contact.role,
        language: "en",
        frequency: contact.frequency,
        allThemes: contact.themes.length === 0,
        sendWhenQuiet: contact.sendWhenQuiet ?? false,
        status: contact.stopped?.status ?? ("active" as const),
        statusChangedAt: new Date(context.today.getTime() - (contact.stopped?.daysAgo ?? 60) * DAY),
      })),
    )
    .onConflictDoNothing({ target: partnerContacts.email })
    .returning({ id: partnerContacts.id, email: partnerContacts.email });
  const links = created.flatMap((row) =>
    (DEMO_PARTNER_CONTACTS.find((contact) => contact.email === row.email)?.themes ?? []).map((slug) => ({ contactId: row.id, themeId: required(context.themeIds, slug) })),
  );
  if (links.length) await tx.insert(partnerContactThemes).values(links);
  return created.length;
}
