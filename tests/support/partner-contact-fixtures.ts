import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { emailOutbox, organisations, partnerContacts, themes } from "@/lib/db/schema";
import { uniqueTag } from "./factories";

export type TestContact = { id: string; email: string; name: string; organisationId: string };

/** An organisation and one active partner contact at it, with a unique address. */
export async function createPartnerContact(
  db: Database,
  overrides: Partial<typeof partnerContacts.$inferInsert> = {},
): Promise<TestContact> {
  const tag = uniqueTag("org-");
  const [organisation] = await db.insert(organisations).values({ slug: tag, name: `Organisation ${tag}`, type: "voluntary" }).returning({ id: organisations.id });
  if (!organisation) throw new Error("The test organisation was not created");
  const [contact] = await db
    .insert(partnerContacts)
    .values({ organisationId: organisation.id, name: `Contact ${tag}`, email: `${uniqueTag("contact-")}@example.test`, ...overrides })
    .returning({ id: partnerContacts.id, email: partnerContacts.email, name: partnerContacts.name, organisationId: partnerContacts.organisationId });
  if (!contact) throw new Error("The test contact was not created");
  return contact;
}

export async function createTheme(db: Database): Promise<{ id: string; name: string }> {
  const slug = uniqueTag("theme-");
  const [theme] = await db.insert(themes).values({ slug, name: `Theme ${slug}`, kind: "strategic", summary: "A test theme" }).returning({ id: themes.id, name: themes.name });
  if (!theme) throw new Error("The test theme was not created");
  return theme;
}

export async function contactRow(db: Database, id: string) {
  const [row] = await db.select().from(partnerContacts).where(eq(partnerContacts.id, id));
  if (!row) throw new Error(`No contact ${id}`);
  return row;
}

export async function outboxRowsFor(db: Database, contactId: string) {
  return db.select().from(emailOutbox).where(eq(emailOutbox.contactId, contactId));
}
