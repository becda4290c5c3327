/**
 * Partner helpers shared by the partners integration tests: the network row, this file's own
 * themes (unique names), organisations made through the use case, and reads.
 */
import { and, asc, eq } from "drizzle-orm";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { getDb } from "@/lib/db/client";
import { auditLog, networks, partnerContacts, partnerContactThemes, themes } from "@/lib/db/schema";
import { PARTNER_NETWORK_SLUG } from "@/lib/server/partners/shared/partner-network";
import { savePartnerOrganisation } from "@/lib/server/partners/save-partner-organisation";
import { ZContactInput, ZOrganisationInput, type TContactInput } from "@/lib/validations/partner";
import { uniqueTag } from "@/tests/support/factories";

const db = () => getDb();

/** The network and two themes of the calling file's own, made once per file. */
export async function insertPartnerReference(): Promise<{ themes: { id: string; slug: string; name: string }[] }> {
  await db().insert(networks).values({ slug: PARTNER_NETWORK_SLUG, name: "Coventry Cohesion and Integration Network", description: "The network." }).onConflictDoNothing({ target: networks.slug });
  const tag = uniqueTag("pt");
  const rows = await db()
    .insert(themes)
    .values([
      { slug: `housing-${tag}`, name: `Housing ${tag}`, kind: "strategic" as const, summary: "Homes." },
      { slug: `jobs-${tag}`, name: `Jobs ${tag}`, kind: "strategic" as const, summary: "Work." },
    ])
    .returning({ id: themes.id, slug: themes.slug, name: themes.name });
  return { themes: rows };
}

export async function createOrganisation(officer: CurrentUser, values: Partial<Record<string, string>> = {}) {
  const name = values.name ?? `Organisation ${uniqueTag()}`;
  return { name, ...(await savePartnerOrganisation(officer, ZOrganisationInput.parse({ name, type: "community", ...values }))) };
}

/** A contact form as the browser sends it: all themes, monthly, English unless told otherwise. */
export function contactInput(values: Record<string, string | string[]> = {}): TContactInput {
  return ZContactInput.parse({ name: "Test Contact", email: `${uniqueTag("contact-")}@example.org`, language: "en", frequency: "monthly", themeChoice: "all", ...values });
}

export async function contactByEmail(email: string) {
  const [row] = await db().select().from(partnerContacts).where(eq(partnerContacts.email, email));
  return row;
}

export async function themeIdsOf(contactId: string): Promise<string[]> {
  const rows = await db().select({ themeId: partnerContactThemes.themeId }).from(partnerContactThemes).where(eq(partnerContactThemes.contactId, contactId));
  return rows.map((row) => row.themeId).sort();
}

export async function auditFor(subjectId: string, action?: string) {
  return db()
    .select({ actorId: auditLog.actorId, action: auditLog.action, subjectType: auditLog.subjectType, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.subjectId, subjectId), action ? eq(auditLog.action, action) : undefined))
    .orderBy(asc(auditLog.createdAt));
}

/** What the unsubscribe link or the bounce webhook does to a contact, done directly. */
export async function stopContact(contactId: string, status: "unsubscribed" | "bounced" | "complained", at = new Date("2030-03-03T10:00:00Z")): Promise<void> {
  await db().update(partnerContacts).set({ status, statusChangedAt: at }).where(eq(partnerContacts.id, contactId));
}
