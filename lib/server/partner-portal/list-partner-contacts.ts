import "server-only";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { requirePartner } from "@/lib/server/partner-portal/shared/partner-themes";
import { getPartnerOrganisation } from "@/lib/server/partners/get-partner-organisation";

/** The partner organisation's contacts and what each receives, for its own people to see. */
export async function listPartnerContacts(user: CurrentUser) {
  const membership = await requirePartner(getDb(), user);
  const { contacts } = await getPartnerOrganisation(membership.organisation.id);
  return contacts.map(({ id, name, email, role, frequency, allThemes, themes, status, sendWhenQuiet }) => ({ id, name, email, role, frequency, allThemes, themes, status, sendWhenQuiet }));
}
