import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { organisations, partnerContacts, partnerContactThemes, themes } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { CONTACT_COLUMNS } from "@/lib/server/partners/shared/contact-rules";
import { inNetworkColumn } from "@/lib/server/partners/shared/partner-network";

/** One organisation for the officer's page: its details, network membership and contacts with their themes. */
export async function getPartnerOrganisation(organisationId: string) {
  const db = getDb();
  const [organisation] = await db
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      type: organisations.type,
      description: organisations.description,
      place: organisations.place,
      inNetwork: inNetworkColumn(),
    })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!organisation) throw new NotFoundError("problems.organisation.notFound");
  const contacts = await db
    .select(CONTACT_COLUMNS)
    .from(partnerContacts)
    .where(eq(partnerContacts.organisationId, organisationId))
    .orderBy(asc(partnerContacts.name));
  const chosen = contacts.length
    ? await db
        .select({ contactId: partnerContactThemes.contactId, name: themes.name })
        .from(partnerContactThemes)
        .innerJoin(themes, eq(themes.id, partnerContactThemes.themeId))
        .where(inArray(partnerContactThemes.contactId, contacts.map((contact) => contact.id)))
        .orderBy(asc(themes.sortOrder))
    : [];
  return {
    ...organisation,
    contacts: contacts.map((contact) => ({ ...contact, themes: chosen.filter((row) => row.contactId === contact.id).map((row) => row.name) })),
  };
}
