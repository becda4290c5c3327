import "server-only";
import { asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { organisations, partnerContacts, partnerContactThemes, themes } from "@/lib/db/schema";

export interface SummaryContact {
  id: string;
  name: string;
  email: string;
  organisation: string;
  frequency: "weekly" | "monthly";
  allThemes: boolean;
  sendWhenQuiet: boolean;
  status: "active" | "unsubscribed" | "bounced" | "complained";
  themeIds: string[];
}

/** Partner contacts with their organisation and chosen themes, in organisation then name order. */
export async function readContacts(executor: Executor, where?: SQL): Promise<SummaryContact[]> {
  const rows = await executor
    .select({
      id: partnerContacts.id,
      name: partnerContacts.name,
      email: partnerContacts.email,
      organisation: organisations.name,
      frequency: partnerContacts.frequency,
      allThemes: partnerContacts.allThemes,
      sendWhenQuiet: partnerContacts.sendWhenQuiet,
      status: partnerContacts.status,
    })
    .from(partnerContacts)
    .innerJoin(organisations, eq(organisations.id, partnerContacts.organisationId))
    .where(where)
    .orderBy(asc(organisations.name), asc(partnerContacts.name));
  if (rows.length === 0) return [];
  const links = await executor
    .select({ contactId: partnerContactThemes.contactId, themeId: partnerContactThemes.themeId })
    .from(partnerContactThemes)
    .where(inArray(partnerContactThemes.contactId, rows.map((row) => row.id)));
  return rows.map((row) => ({ ...row, themeIds: links.filter((link) => link.contactId === row.id).map((link) => link.themeId) }));
}

export const activeContacts = (executor: Executor) => readContacts(executor, eq(partnerContacts.status, "active"));

export async function readContact(executor: Executor, contactId: string): Promise<SummaryContact | null> {
  const [contact] = await readContacts(executor, eq(partnerContacts.id, contactId));
  return contact ?? null;
}

/** Every theme in the plan's order: what an "all themes" contact follows. */
export function readThemes(executor: Executor) {
  return executor.select({ id: themes.id, name: themes.name }).from(themes).orderBy(asc(themes.sortOrder), asc(themes.name));
}

/** The themes a contact follows, in the plan's order. */
export function contactThemes(contact: SummaryContact, all: { id: string; name: string }[]) {
  return contact.allThemes ? all : all.filter((theme) => contact.themeIds.includes(theme.id));
}
