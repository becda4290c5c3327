import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import type { Executor } from "@/lib/db/client";
import { partnerContacts, partnerContactThemes, themes } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";
import { requireInOrganisation, type Membership } from "@/lib/server/organisations/shared/membership";

/** The person's partner organisation: the portal is for partner organisations' people only. */
export async function requirePartner(executor: Executor, user: CurrentUser): Promise<Membership> {
  const membership = await requireInOrganisation(executor, user, "organisation:view");
  if (membership.organisation.kind !== "partner" || membership.organisation.verification === "rejected") throw new NotFoundError("problems.partnerPortal.partnersOnly");
  return membership;
}

export type PartnerTheme = { id: string; name: string };

/**
 * The themes an organisation works on: those its active contacts follow. A contact who follows every
 * theme, or an organisation with no active contact yet, makes it every theme.
 */
export async function partnerThemes(executor: Executor, organisationId: string): Promise<PartnerTheme[]> {
  const contacts = await executor
    .select({ id: partnerContacts.id, allThemes: partnerContacts.allThemes })
    .from(partnerContacts)
    .where(and(eq(partnerContacts.organisationId, organisationId), eq(partnerContacts.status, "active")));
  const all = contacts.length === 0 || contacts.some((contact) => contact.allThemes);
  const query = executor.selectDistinct({ id: themes.id, name: themes.name, sortOrder: themes.sortOrder }).from(themes);
  const rows = all
    ? await query.orderBy(asc(themes.sortOrder))
    : await query
        .innerJoin(partnerContactThemes, eq(partnerContactThemes.themeId, themes.id))
        .where(inArray(partnerContactThemes.contactId, contacts.map((contact) => contact.id)))
        .orderBy(asc(themes.sortOrder));
  return rows.map(({ id, name }) => ({ id, name }));
}
