import "server-only";
import { asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { organisations, partnerContacts, partnerContactThemes } from "@/lib/db/schema";
import { CONTACT_COLUMNS } from "@/lib/server/partners/shared/contact-rules";

/**
 * Partner contacts with their organisation and chosen theme ids, in organisation then name order:
 * the one reader behind the console's contact page, the preference link and the summaries.
 */
export async function readContacts(executor: Executor, where?: SQL) {
  const rows = await executor
    .select({ ...CONTACT_COLUMNS, organisationId: partnerContacts.organisationId, organisation: organisations.name })
    .from(partnerContacts)
    .innerJoin(organisations, eq(organisations.id, partnerContacts.organisationId))
    .where(where)
    .orderBy(asc(organisations.name), asc(partnerContacts.name));
  if (rows.length === 0) return [];
  const links = await executor
    .select({ contactId: partnerContactThemes.contactId, themeId: partnerContactThemes.themeId })
    .from(partnerContactThemes)
    .where(inArray(partnerContactThemes.contactId, rows.map((row) => row.id)));
  const themeIds = new Map<string, string[]>();
  for (const link of links) themeIds.set(link.contactId, [...(themeIds.get(link.contactId) ?? []), link.themeId]);
  return rows.map((row) => ({ ...row, themeIds: themeIds.get(row.id) ?? [] }));
}
export type SummaryContact = Awaited<ReturnType<typeof readContacts>>[number];

export const activeContacts = (executor: Executor) => readContacts(executor, eq(partnerContacts.status, "active"));

export async function readContact(executor: Executor, contactId: string): Promise<SummaryContact | null> {
  const [contact] = await readContacts(executor, eq(partnerContacts.id, contactId));
  return contact ?? null;
}
